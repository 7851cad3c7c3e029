package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.config.Secret;
import org.learningoffice.order.WebhookSignature;
import org.learningoffice.web.WebServer;
import org.slf4j.LoggerFactory;

/**
 * Walks every route the server answers with a hostile corpus (NUL, overlong, invalid UTF-8, deep
 * nesting, huge numbers, wrong types, wrong methods, signed and unsigned; bodies over the size
 * limit have their own tests, since the server closes a connection whose body it did not read):
 * every answer is a 4xx with a reason (or a success), never a 500, and the server still answers
 * afterwards.
 */
class HostileRequestsTest {
  private static final String OFFICE_TOKEN = "office-access-token-0123456789";
  private static final String WEBHOOK_SECRET = "hostile-webhook-secret";

  /** Path parameter values: percent-encoded, so they reach the server as written. */
  private static final List<String> PATH_VALUES =
      List.of(
          "%00",
          "a".repeat(8_000),
          "%C3%28",
          "%ED%A0%80",
          "..%2F..%2Fetc%2Fpasswd",
          "%25",
          "99999999999999999999999999",
          "-1",
          "%F0%9F%98%80",
          "2026-W99",
          "2026-W48");

  /** Query values: raw text, URL-encoded by the test. */
  private static final List<String> QUERY_VALUES =
      List.of(
          "\u0000",
          "x".repeat(10_000),
          "\uD800",
          "99999999999999999999999",
          "-5",
          "1e999999",
          "<script>alert(1)</script>",
          "front-office",
          "");

  private static final List<String> QUERY_NAMES =
      List.of(
          "week", "unit", "type", "strategy", "priority", "stage", "text", "limit", "offset", "q");

  private static final List<byte[]> BODIES =
      List.of(
          new byte[0],
          "{".getBytes(StandardCharsets.UTF_8),
          "[]".getBytes(StandardCharsets.UTF_8),
          "null".getBytes(StandardCharsets.UTF_8),
          "{\"title\":123,\"text\":[],\"stage\":{}}".getBytes(StandardCharsets.UTF_8),
          ("{\"a\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}")
              .getBytes(StandardCharsets.UTF_8),
          "{\"n\":1e999999999,\"m\":-99999999999999999999999999999}"
              .getBytes(StandardCharsets.UTF_8),
          new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
          "title=%00&text=%C3%28&stage=%00&author=".getBytes(StandardCharsets.UTF_8),
          ("title=" + "t".repeat(8_000)).getBytes(StandardCharsets.UTF_8),
          ("{\"webhookEvent\":\"jira:issue_created\",\"issue\":{\"id\":\"1\u0000\",\"key\":\"ORD-1\"}}")
              .getBytes(StandardCharsets.UTF_8));

  @TempDir static Path dir;

  private static Application app;

  /** Runs the clients' work; each request gets a client, so a connection, of its own (see send). */
  private static final ExecutorService CLIENTS = Executors.newCachedThreadPool();

  private static final int CLIENTS_BETWEEN_COLLECTIONS = 300;
  private static int clientsMade;

  @BeforeAll
  static void start() throws Exception {
    Path config = Path.of(HostileRequestsTest.class.getResource("/config/hostile.yml").toURI());
    app =
        Application.create(
                new ConfigLoader(Map.of("LO_STORE_URL", "jdbc:h2:file:" + dir.resolve("lo")))
                    .load(config),
                Clock.systemUTC())
            .start();
  }

  @AfterAll
  static void stop() {
    CLIENTS.shutdownNow();
    if (app != null) {
      app.close();
    }
  }

  private record Answer(String request, int status, String body) {}

  private static Answer send(String method, String pathAndQuery, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .timeout(Duration.ofSeconds(20));
    if (headers.length > 0) {
      request.headers(headers);
    }
    String shown =
        pathAndQuery.length() > 120 ? pathAndQuery.substring(0, 120) + "…" : pathAndQuery;
    java.io.IOException failure = null;
    // Each request on a connection of its own, in HTTP/1.1, as the README's nginx sends each
    // request to the service. A client shared by the whole corpus reuses connections after answers
    // the server gave before reading the request to its end (413, 414, 431), and in CI runs under
    // load it twice read a 505 "HTTP/0.9 not supported" as the answer to a later request (also
    // after
    // it was made to speak HTTP/1.1 only): an answer to bytes that were not that request's. Whether
    // the client (JDK-8336655) or Jetty's framing is to blame was not found; the service's answers
    // to the corpus are what this test is about. A second try: after a 413 the server closes the
    // connection it did not read to the end, and the client may see that as a failed send.
    for (int attempt = 0; attempt < 2; attempt++) {
      releaseUnusedClients();
      HttpClient http =
          HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(CLIENTS).build();
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(method + " " + shown, response.statusCode(), response.body());
      } catch (java.io.IOException e) {
        failure = e;
      }
    }
    // no answer twice: as bad as a 500 for a client
    return new Answer(method + " " + shown + " (" + body.length + " bytes)", 599, "" + failure);
  }

  /**
   * Java 17's HttpClient cannot be closed: each keeps a selector (file descriptors) and a thread
   * until it is garbage-collected. Thousands of them, one a request, can outrun the collector and
   * the process's open-file limit ("Too many open files" in a CI run), so every few hundred clients
   * the collector is asked to run, and the unused clients' selectors close.
   */
  private static void releaseUnusedClients() {
    if (++clientsMade % CLIENTS_BETWEEN_COLLECTIONS == 0) {
      System.gc();
    }
  }

  private static List<String> routes() {
    return app.get(WebServer.class).routes();
  }

  private static List<String> paths(String template) {
    if (!template.contains("{")) {
      return List.of(template);
    }
    List<String> paths = new ArrayList<>();
    for (String value : PATH_VALUES) {
      paths.add(template.replaceAll("\\{[^}]+}", value));
    }
    return paths;
  }

  private static String query(String name, String value) {
    return "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void theServerAnswersTheRoutesThisCorpusIsMeantFor() {
    assertThat(routes())
        .contains(
            "POST /hooks/jira",
            "GET /capture/{token}",
            "POST /capture/{token}",
            "POST /capture/{token}/suggest",
            "GET /office",
            "POST /office/login",
            "GET /api/lessons",
            "GET /api/digest/{week}",
            "GET /health");
  }

  @Test
  void noHostileRequestOnAnyRouteIsAnsweredWithAServerError() throws Exception {
    List<Answer> failures = new ArrayList<>();
    int sent = 0;
    for (String route : routes()) {
      String method = route.substring(0, route.indexOf(' '));
      String template = route.substring(route.indexOf(' ') + 1);
      for (String path : paths(template)) {
        List<Answer> answers = new ArrayList<>();
        for (String name : QUERY_NAMES) {
          for (String value : QUERY_VALUES) {
            answers.add(
                send(
                    method,
                    path + query(name, value),
                    new byte[0],
                    "Authorization",
                    "Bearer " + OFFICE_TOKEN));
          }
        }
        for (byte[] body : BODIES) {
          answers.add(
              send(
                  method,
                  path,
                  body,
                  "Content-Type",
                  "application/json",
                  "Authorization",
                  "Bearer " + OFFICE_TOKEN));
          answers.add(
              send(
                  method,
                  path,
                  body,
                  "Content-Type",
                  "application/x-www-form-urlencoded",
                  "X-Hub-Signature",
                  WebhookSignature.sign(Secret.of(WEBHOOK_SECRET), body)));
        }
        for (String wrong : List.of("PUT", "DELETE", "PATCH")) {
          answers.add(send(wrong, path, new byte[0]));
        }
        sent += answers.size();
        answers.stream().filter(a -> a.status() >= 500).forEach(failures::add);
      }
    }

    assertThat(sent).isGreaterThan(1_000);
    assertThat(failures).isEmpty();
    assertThat(send("GET", "/health", new byte[0]).status()).isEqualTo(200);
  }

  /**
   * Bodies the server cannot read as a form at all (a multipart body without its boundary or with
   * garbage, one over Jetty's form limit, a charset Java does not know) are the client's fault:
   * 400, and nothing in the log at ERROR, which anyone could otherwise fill with stack traces.
   */
  @Test
  void aBodyThatCannotBeReadAsAFormIsA400AndNoErrorInTheLog() throws Exception {
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger serverLog = (Logger) LoggerFactory.getLogger(WebServer.class);
    serverLog.addAppender(logged);
    logged.start();
    List<Answer> answers = new ArrayList<>();
    try {
      byte[] garbage = "garbage".getBytes(StandardCharsets.UTF_8);
      byte[] overlong =
          ("--XyZ\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n"
                  + "t".repeat(250_000)
                  + "\r\n--XyZ--\r\n")
              .getBytes(StandardCharsets.UTF_8);
      for (String route : routes()) {
        if (!route.startsWith("POST ")) {
          continue;
        }
        String path = route.substring("POST ".length()).replaceAll("\\{[^}]+}", "abc.def");
        answers.add(send("POST", path, garbage, "Content-Type", "multipart/form-data"));
        answers.add(
            send("POST", path, garbage, "Content-Type", "multipart/form-data; boundary=XyZ"));
        answers.add(
            send(
                "POST",
                path,
                "token=x".getBytes(StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded; charset=bogus"));
        answers.add(
            send("POST", path, overlong, "Content-Type", "multipart/form-data; boundary=XyZ"));
      }
    } finally {
      serverLog.detachAppender(logged);
    }

    assertThat(answers).hasSizeGreaterThan(20).noneMatch(a -> a.status() >= 500);
    assertThat(answers)
        .filteredOn(a -> a.request().startsWith("POST /office/login"))
        .extracting(Answer::status)
        .containsOnly(400);
    assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.ERROR);
  }

  @Test
  void aRefusalSaysWhy() throws Exception {
    Answer bad =
        send(
            "GET",
            "/api/lessons" + query("text", "\u0000"),
            new byte[0],
            "Authorization",
            "Bearer " + OFFICE_TOKEN);
    Answer deep =
        send(
            "POST",
            "/hooks/jira",
            BODIES.get(5),
            "X-Hub-Signature",
            WebhookSignature.sign(Secret.of(WEBHOOK_SECRET), BODIES.get(5)));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("text must be at most");
    assertThat(deep.status()).isEqualTo(400);
    assertThat(deep.body()).contains("nested deeper than");
  }
}
