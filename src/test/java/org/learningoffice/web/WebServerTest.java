package org.learningoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.config.ServerConfig;
import org.learningoffice.order.Inbox;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TestJson;
import org.slf4j.LoggerFactory;

@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class WebServerTest {
  private static final Duration MAX_QUEUE_AGE = Duration.ofMinutes(10);

  private final ObjectMapper json = TestJson.mapper();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final HttpClient http = HttpClient.newHttpClient();
  private final TestDatabase db;
  private final Inbox inbox;
  private final Outbox outbox;
  private final WebServer server;
  private final PrometheusMeterRegistry meters =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  WebServerTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    inbox = new Inbox(db.database(), clock, RetrySchedule.DEFAULT);
    outbox = new Outbox(db.database(), clock, RetrySchedule.DEFAULT);
    HealthRoutes health =
        new HealthRoutes(
            Set.of(
                new DatabaseHealthCheck(db.database()),
                new QueueHealthCheck(inbox, MAX_QUEUE_AGE, clock),
                new QueueHealthCheck(outbox, MAX_QUEUE_AGE, clock)));
    RouteContributor failing =
        routes ->
            routes.get(
                "/fails/{token}",
                ctx -> {
                  throw new IllegalStateException("password=hunter2 at row 7");
                });
    ServerConfig config = new ServerConfig(0, URI.create("http://localhost"));
    RequestBody bodies = new RequestBody(config);
    RouteContributor echo =
        routes ->
            routes.post("/echo", ctx -> ctx.result("read " + bodies.read(ctx).length + " bytes"));
    QueueDepthMetrics.register(meters, inbox, clock);
    QueueDepthMetrics.register(meters, outbox, clock);
    server =
        new WebServer(
            config, Set.of(health, failing, echo, new MetricsRoutes(meters)), json, meters);
    server.start();
  }

  @AfterEach
  void close() {
    server.stop();
    db.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthReportsTheDatabaseAndEveryQueueStatusWhenAllIsWell() throws Exception {
    inbox.accept(new Inbox.NewEvent("k-1", Inbox.Source.WEBHOOK, "jira:issue_created", "1", "{}"));

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(json.readTree(response.body()))
        .isEqualTo(
            json.readTree(
                """
                {"status": "UP", "checks": {
                  "database": {"status": "UP", "reachable": true},
                  "inbox": {"status": "UP", "DONE": 0, "PARKED": 0, "PENDING": 1, "RUNNING": 0,
                            "oldestWaitingSeconds": 0},
                  "outbox": {"status": "UP", "DONE": 0, "PARKED": 0, "PENDING": 0, "RUNNING": 0,
                             "oldestWaitingSeconds": 0}}}
                """));
  }

  @Test
  void healthIsDegradedWhenAnInboxRowHasWaitedLongerThanTheMaxQueueAge() throws Exception {
    inbox.accept(new Inbox.NewEvent("k-1", Inbox.Source.WEBHOOK, "jira:issue_created", "1", "{}"));
    clock.advance(MAX_QUEUE_AGE.minusSeconds(1));

    JsonNode fresh = json.readTree(get("/health").body());
    assertThat(fresh.path("status").asText()).isEqualTo("UP");
    assertThat(fresh.path("checks").path("inbox").path("oldestWaitingSeconds").asLong())
        .isEqualTo(MAX_QUEUE_AGE.toSeconds() - 1);

    clock.advance(Duration.ofSeconds(2));
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode stalled = json.readTree(response.body());
    assertThat(stalled.path("status").asText()).isEqualTo("DEGRADED");
    assertThat(stalled.path("checks").path("inbox").path("status").asText()).isEqualTo("DEGRADED");
    assertThat(stalled.path("checks").path("inbox").path("stalled").asText())
        .contains("health.maxQueueAge");
    assertThat(stalled.path("checks").path("outbox").path("status").asText()).isEqualTo("UP");
  }

  @Test
  void healthIsDownWith503WhenTheDatabaseCannotBeReached() throws Exception {
    db.database().close();

    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(503);
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("status").asText()).isEqualTo("DOWN");
    assertThat(body.path("checks").path("database").path("reachable").asBoolean()).isFalse();
    assertThat(body.path("checks").path("inbox").path("status").asText()).isEqualTo("DOWN");
  }

  @Test
  void aFailingHandlerAnswers500WithoutDetailsAndLogsTheRouteNotThePath() throws Exception {
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger serverLog = (Logger) LoggerFactory.getLogger(WebServer.class);
    serverLog.addAppender(logged);
    logged.start();
    HttpResponse<String> response;
    try {
      response = get("/fails/form-token-s3cr3t");
    } finally {
      serverLog.detachAppender(logged);
    }

    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("GET /fails/{token} failed");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(json.readTree(response.body()))
        .isEqualTo(json.readTree("{\"error\": \"internal error\"}"));
  }

  /**
   * Declares a body of {@code length} bytes and sends one byte every {@code pause}, up to {@code
   * length} or until the server answers or closes; returns the raw answer.
   */
  private String trickle(int length, Duration pause) throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      try {
        for (int sent = 0; sent < length && in.available() == 0; sent++) {
          out.write('x');
          out.flush();
          Thread.sleep(pause.toMillis());
        }
      } catch (IOException closedByTheServer) {
        // the server stopped listening to this client: what is tested
      }
      try {
        return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      } catch (SocketException reset) {
        return "";
      }
    }
  }

  @Test
  void aClientTricklingItsBodyIsCutOffWithAnErrorWhileANormalOneIsServed() throws Exception {
    long started = System.nanoTime();
    String answer = trickle(400, Duration.ofMillis(50));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took)
        .as("cut off long before the 20 s the trickle would take")
        .isLessThan(Duration.ofSeconds(10));
    assertThat(answer).doesNotContain("read 400 bytes");
    assertThat(answer).startsWith("HTTP/1.1 408").contains("too slowly");

    HttpResponse<String> normal =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(normal.statusCode()).isEqualTo(200);
    assertThat(normal.body()).isEqualTo("read 100000 bytes");
  }

  @Test
  void anUnknownPathAnswers404AsJson() throws Exception {
    HttpResponse<String> response = get("/nowhere");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json.readTree(response.body()).path("error").asText()).isNotBlank();
  }

  @Test
  void metricsShowRequestTimingsByRouteAndQueueDepthsInPrometheusFormat() throws Exception {
    inbox.accept(new Inbox.NewEvent("k-1", Inbox.Source.WEBHOOK, "jira:issue_created", "1", "{}"));
    get("/health");
    get("/nowhere/secret-token-in-path");

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body())
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"} 1")
        .contains("route=\"unmatched\",status=\"404\"")
        .contains("lo_queue_rows{queue=\"inbox\",status=\"PENDING\"} 1.0")
        .contains("lo_queue_oldest_waiting_seconds{queue=\"inbox\"} 0.0")
        .doesNotContain("secret-token-in-path");
  }

  @Test
  void metricsCountTheOutboxJobsCancelledForDeletedOrders() throws Exception {
    outbox.enqueue(new Outbox.NewJob("remind:1", "REMIND", null, "{}", clock.instant()));
    outbox.enqueue(new Outbox.NewJob("remind:2", "REMIND", null, "{}", clock.instant()));
    // as cancel() leaves the jobs of an order deleted in Jira
    db.database()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE outbox SET status = 'CANCELLED', done_at = updated_at"
                        + " WHERE job_key = 'remind:1'"));

    String body = get("/metrics").body();

    assertThat(body)
        .contains("lo_queue_rows{queue=\"outbox\",status=\"CANCELLED\"} 1.0")
        .contains("lo_queue_rows{queue=\"outbox\",status=\"PENDING\"} 1.0")
        .contains("lo_queue_rows{queue=\"inbox\",status=\"PENDING\"}")
        .doesNotContain("lo_queue_rows{queue=\"inbox\",status=\"CANCELLED\"}");
  }
}
