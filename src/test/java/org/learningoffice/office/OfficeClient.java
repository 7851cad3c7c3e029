package org.learningoffice.office;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Talks to the office dashboard over real HTTP, the way a browser without scripts would. */
final class OfficeClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  OfficeClient(int port) {
    this.port = port;
  }

  String origin() {
    return "http://127.0.0.1:" + port;
  }

  /** GET with an optional header ({@code name: value}), e.g. a bearer token or a cookie. */
  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs the login form with the given token and headers (none: not from a browser). */
  HttpResponse<String> login(String token, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(origin() + "/office/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs the login form with the token and its {@code next} field, as a browser would. */
  HttpResponse<String> loginTo(String next, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(origin() + "/office/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Sec-Fetch-Site", "same-origin")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&next="
                        + URLEncoder.encode(next, StandardCharsets.UTF_8)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs the dashboard's "Log out" form with the given headers (a cookie, a fetch site...). */
  HttpResponse<String> logout(String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(origin() + "/office/logout"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The {@code name=value} part of the session cookie a login answer sets. */
  static String sessionCookie(HttpResponse<String> login) {
    String header = login.headers().firstValue("Set-Cookie").orElseThrow();
    return header.substring(0, header.indexOf(';'));
  }
}
