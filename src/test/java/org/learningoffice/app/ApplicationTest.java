package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.classify.ClassifierModelStore;
import org.learningoffice.classify.ClassifierTraining;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.WebhookSignature;
import org.learningoffice.testing.TestApp;

/** The whole service as {@code serve} runs it: real modules, a file database, real HTTP. */
class ApplicationTest {
  /** {@code jira.webhookSecret} of {@code config/base.yml}. */
  private static final String SECRET = "it's a secret to everybody";

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  /** {@code config/base.yml} on a file database in the test's folder. */
  private AppConfig config() {
    return TestApp.from("base.yml")
        .set("store.url", "jdbc:h2:file:" + dir.toString().replace('\\', '/') + "/lo")
        .config();
  }

  @Test
  void startedApplicationTakesAWebhookAndItsWorkerRecordsTheClose() throws Exception {
    try (Application app = Application.create(config(), Clock.systemUTC()).start()) {
      assertThat(get(app, "/health").statusCode()).isEqualTo(200);

      byte[] body = fixture("issue_updated_done.json");
      HttpResponse<String> accepted =
          http.send(
              HttpRequest.newBuilder(uri(app, "/hooks/jira"))
                  .header("Content-Type", "application/json")
                  .header("X-Hub-Signature", WebhookSignature.sign(Secret.of(SECRET), body))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(accepted.statusCode()).isEqualTo(202);

      OrderRepository orders = app.get(OrderRepository.class);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  orders
                      .findByIssueId("10042")
                      .map(o -> o.state().closedAt() != null)
                      .orElse(false));
    }
  }

  @Test
  void startedApplicationServesTheFormAndTrainsTheClassifierInTheBackground() throws Exception {
    try (Application app = Application.create(config(), Clock.systemUTC()).start()) {
      // start() returned before training finished; the form answers meanwhile
      String token = app.get(FormTokenSigner.class).sign("10042");
      HttpResponse<String> unknownOrder = get(app, "/capture/" + token);
      assertThat(unknownOrder.statusCode()).isEqualTo(403);
      assertThat(unknownOrder.body()).contains("does not know (yet)");

      ClassifierTraining training = app.get(ClassifierTraining.class);
      await().atMost(Duration.ofMinutes(2)).until(training::isReady);
      assertThat(app.get(ClassifierModelStore.class).latest()).isPresent();
    }
  }

  @Test
  void closedApplicationNoLongerListens() throws Exception {
    Application app = Application.create(config(), Clock.systemUTC()).start();
    int port = app.port();
    app.close();

    assertThatThrownBy(
            () ->
                http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void applicationStartsOnlyOnce() {
    try (Application app = Application.create(config(), Clock.systemUTC()).start()) {
      assertThatThrownBy(app::start).isInstanceOf(IllegalStateException.class);
    }
  }

  private HttpResponse<String> get(Application app, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(app, path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(Application app, String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = ApplicationTest.class.getResourceAsStream("/webhooks/" + name)) {
      return in.readAllBytes();
    }
  }
}
