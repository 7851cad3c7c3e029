package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.learningoffice.config.Secret;
import org.learningoffice.testing.HttpCalls;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestJson;

/**
 * Order intake seen from outside a {@link TestApp}: Jira's webhooks posted over real HTTP with real
 * signatures, and what they leave in the inbox and the outbox.
 */
final class Intake {
  /** {@code jira.webhookSecret} of {@code config/base.yml}. */
  static final Secret SECRET = Secret.of("it's a secret to everybody");

  final ObjectMapper json = TestJson.mapper();
  private final TestApp app;
  private final HttpClient http = HttpClient.newHttpClient();

  Intake(TestApp app) {
    this.app = app;
  }

  /** A webhook body under {@code src/test/resources/webhooks/}. */
  static String fixture(String name) {
    try (InputStream in = Intake.class.getResourceAsStream("/webhooks/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drains the inbox as the background worker would. */
  int drain() {
    return app.get(InboxWorker.class).drain();
  }

  /** Posts a body to the webhook with the given headers (name, value, name, value, ...). */
  HttpResponse<String> postHook(byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.uri("/hooks/jira"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /**
   * Sends the head of a webhook POST declaring {@code contentLength} bytes, and none of them;
   * returns the raw answer (status line, headers, body).
   */
  String postHeadOnly(int contentLength, String... headers) {
    URI uri = app.uri("/hooks/jira");
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      StringBuilder head =
          new StringBuilder("POST /hooks/jira HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\n");
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(contentLength)
          .append("\r\nConnection: close\r\n");
      for (int i = 0; i < headers.length; i += 2) {
        head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
      }
      socket.getOutputStream().write((head + "\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts a fixture signed like Jira, with a delivery identifier. */
  HttpResponse<String> deliver(String fixture, String identifier) {
    byte[] body = fixture(fixture).getBytes(StandardCharsets.UTF_8);
    return postHook(
        body,
        "X-Hub-Signature",
        WebhookSignature.sign(SECRET, body),
        "X-Atlassian-Webhook-Identifier",
        identifier);
  }

  HttpResponse<String> getPath(String path) {
    return send(HttpRequest.newBuilder(app.uri(path)).GET().build());
  }

  JsonNode jsonOf(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int inboxRows() {
    return app.count("SELECT COUNT(*) FROM inbox");
  }

  List<String> dedupeKeys() {
    return app.texts("SELECT dedupe_key FROM inbox ORDER BY id");
  }

  List<String> outboxJobs() {
    return app.texts("SELECT kind || ' ' || job_key FROM outbox ORDER BY id");
  }

  Inbox inbox() {
    return app.get(Inbox.class);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return HttpCalls.send(http, request);
  }
}
