package org.learningoffice.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningoffice.testing.HttpCalls;
import org.learningoffice.testing.TestApp;

/**
 * Uses the form as a browser without JavaScript would: GET the page, read the hidden {@code csrf}
 * and {@code nonce}, POST the fields as {@code application/x-www-form-urlencoded}.
 */
final class FormClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestApp app;
  private final HttpClient http;

  private FormClient(TestApp app, HttpClient http) {
    this.app = app;
    this.http = http;
  }

  /** A browser-like client with its own cookie jar. */
  static FormClient browser(TestApp app) {
    return new FormClient(app, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  /** A client that never sends cookies. */
  static FormClient cookieless(TestApp app) {
    return new FormClient(app, HttpClient.newHttpClient());
  }

  HttpResponse<String> get(String token) {
    return send(HttpRequest.newBuilder(app.uri("/capture/" + token)).GET().build());
  }

  /** The hidden fields of a rendered form (the demo's browser-like reading of a page). */
  static Map<String, String> hidden(String page) {
    return org.learningoffice.demo.FormClient.hiddenInputs(page);
  }

  /** Opens the form and submits the fields with its csrf and nonce. */
  HttpResponse<String> submit(String token, Map<String, String> fields) {
    HttpResponse<String> page = get(token);
    Map<String, String> all = new LinkedHashMap<>(hidden(page.body()));
    all.putAll(fields);
    return post(token, encode(all));
  }

  HttpResponse<String> post(String token, String body) {
    return send(
        HttpRequest.newBuilder(app.uri("/capture/" + token))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Posts the action button's fields: asks for a lesson's action issue. */
  HttpResponse<String> postAction(String token, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(app.uri("/capture/" + token + "/action"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)))
            .build());
  }

  /** The live suggestions for a lesson so far ({@code title}, {@code text}, {@code stage}). */
  JsonNode suggestions(String token, Map<String, String> lesson) {
    try {
      HttpResponse<String> answer = suggest(token, JSON.writeValueAsString(lesson));
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            "suggest answered " + answer.statusCode() + ": " + answer.body());
      }
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpResponse<String> suggest(String token, String json) {
    return send(
        HttpRequest.newBuilder(app.uri("/capture/" + token + "/suggest"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static String encode(Map<String, String> fields) {
    return org.learningoffice.demo.FormClient.encode(fields);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return HttpCalls.send(http, request);
  }
}
