package org.learningoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.testing.TestJson;

/**
 * Every answer carries {@code nosniff} and {@code no-store}; behind a trusted reverse proxy the
 * forwarded scheme, host and client count (Secure cookies, HSTS), and without that trust a client
 * cannot claim them.
 */
class RequestOriginTest {
  private static final Cookie COOKIE = new Cookie("lo_test", "/", "Strict", Optional.empty());

  private final HttpClient http = HttpClient.newHttpClient();
  private WebServer server;

  private void start(boolean trustForwardedHeaders) {
    RouteContributor routes =
        r -> {
          r.get(
              "/data",
              ctx -> {
                COOKIE.set(ctx, "v");
                ctx.json(
                    Map.of(
                        "https", RequestOrigin.isHttps(ctx),
                        "host", RequestOrigin.host(ctx).orElse(""),
                        "client", RequestOrigin.client(ctx)));
              });
          r.get("/asset", new Asset("office.css", "text/css")::serve);
        };
    server =
        new WebServer(
            new ServerConfig(
                0, URI.create("https://lo.example.com"), 1 << 20, trustForwardedHeaders),
            Set.of(routes),
            TestJson.mapper(),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyAnswerIsNotSniffedAndNotStoredUnlessTheRouteSaysOtherwise() throws Exception {
    start(false);

    HttpResponse<String> data = get("/data");
    HttpResponse<String> missing = get("/nowhere");
    HttpResponse<String> asset = get("/asset");

    for (HttpResponse<String> answer : java.util.List.of(data, missing)) {
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
    assertThat(asset.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(asset.headers().firstValue("Cache-Control")).hasValue("max-age=300");
  }

  @Test
  void withoutTrustForwardedHeadersAreIgnored() throws Exception {
    start(false);

    HttpResponse<String> answer =
        get(
            "/data",
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-Host",
            "evil.example",
            "X-Forwarded-For",
            "203.0.113.9");

    assertThat(answer.body()).contains("\"https\":false").doesNotContain("evil.example");
    assertThat(answer.body()).doesNotContain("203.0.113.9");
    assertThat(answer.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void behindATrustedProxyTheForwardedSchemeHostAndClientCount() throws Exception {
    start(true);

    HttpResponse<String> answer =
        get(
            "/data",
            "X-Forwarded-Proto",
            "https",
            "X-Forwarded-Host",
            "lo.example.com",
            "X-Forwarded-For",
            "198.51.100.1, 203.0.113.9");

    assertThat(answer.body())
        .contains("\"https\":true")
        .contains("\"host\":\"lo.example.com\"")
        .contains("\"client\":\"203.0.113.9\"");
    assertThat(answer.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).endsWith("; Secure"));
    assertThat(answer.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=31536000");
  }

  @Test
  void behindATrustedProxyPlainHttpStaysPlain() throws Exception {
    start(true);

    HttpResponse<String> answer = get("/data", "X-Forwarded-Proto", "http");

    assertThat(answer.body()).contains("\"https\":false");
    assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
