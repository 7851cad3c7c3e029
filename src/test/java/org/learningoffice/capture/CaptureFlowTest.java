package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.config.Secret;
import org.learningoffice.order.InboxWorker;
import org.learningoffice.order.WebhookSignature;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;
import org.learningoffice.web.WebServer;

/** From Jira's webhooks to the form on the ticket, through intake, the inbox and the outbox. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class CaptureFlowTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final HttpClient http = HttpClient.newHttpClient();
  private CaptureJiraApp app;

  CaptureFlowTest(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @AfterEach
  void stop() {
    // null when the PostgreSQL variant was skipped before it was opened
    if (app != null) {
      app.close();
    }
  }

  private void startWith(String captureYaml) {
    app = new CaptureJiraApp(kind, CaptureJiraApp.Site.CLOUD, wireMock, captureYaml);
    app.jiraAccepts();
    app.instance(WebServer.class).start();
  }

  private void deliver(String fixture) {
    byte[] body;
    try (InputStream in = CaptureFlowTest.class.getResourceAsStream("/webhooks/" + fixture)) {
      body = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + app.instance(WebServer.class).port() + "/hooks/jira"))
            .header("Content-Type", "application/json")
            .header("X-Hub-Signature", WebhookSignature.sign(Secret.of("webhook-secret"), body))
            .header("X-Atlassian-Webhook-Identifier", "d-" + fixture)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(202);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void process() {
    app.instance(InboxWorker.class).drain();
    app.runOutbox();
  }

  @Test
  void aClosedOrderGetsItsFormAndReopeningAndClosingAgainNeverAttachesASecond() {
    startWith("");
    deliver("issue_created.json");
    process();
    assertThat(app.jiraCalls()).as("an open order gets no form").isZero();

    deliver("issue_updated_done.json");
    process();
    assertThat(app.jiraCalls()).isEqualTo(3);

    deliver("issue_updated_reopened.json");
    process();
    deliver("issue_updated_done_again.json");
    process();
    app.clock.advance(Duration.ofHours(1));
    process();

    assertThat(app.jiraCalls()).as("still the one form").isEqualTo(3);
    assertThat(app.links()).hasSize(1);
    assertThat(app.comments()).hasSize(1);
    assertThat(app.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 PENDING");
  }

  @Test
  void withRealTimeTheFormIsAttachedWhenTheOrderIsCreatedAndOnlyThen() {
    startWith("  realTime: true\n");
    deliver("issue_created.json");
    process();
    assertThat(app.jiraCalls()).isEqualTo(3);

    deliver("issue_updated_done.json");
    process();

    assertThat(app.jiraCalls()).isEqualTo(3);
    assertThat(app.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 PENDING");
  }

  @Test
  void theRunningServiceAttachesTheFormInTheBackground() {
    app = new CaptureJiraApp(kind, CaptureJiraApp.Site.CLOUD, wireMock, "");
    app.jiraAccepts();
    app.app.start();

    deliver("issue_updated_done.json");

    await().atMost(Duration.ofSeconds(20)).until(() -> app.properties().size() == 1);
    assertThat(app.links()).hasSize(1);
    assertThat(app.comments()).hasSize(1);
  }
}
