package org.learningoffice.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Uses the form as a browser without JavaScript would: GET the page, read the hidden {@code csrf}
 * and {@code nonce}, POST the fields as {@code application/x-www-form-urlencoded}.
 */
final class FormClient {
  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"(csrf|nonce)\" value=\"([^\"]*)\">");

  private final CaptureApp app;
  private final HttpClient http;

  FormClient(CaptureApp app, HttpClient http) {
    this.app = app;
    this.http = http;
  }

  HttpResponse<String> get(String token) {
    return send(HttpRequest.newBuilder(app.uri("/capture/" + token)).GET().build());
  }

  /** The hidden fields of a rendered form. */
  static Map<String, String> hidden(String page) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = HIDDEN.matcher(page);
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
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

  HttpResponse<String> suggest(String token, String json) {
    return send(
        HttpRequest.newBuilder(app.uri("/capture/" + token + "/suggest"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static String encode(Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
    return body.toString();
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
