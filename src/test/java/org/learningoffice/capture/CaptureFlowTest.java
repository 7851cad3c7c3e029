package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.learningoffice.testing.TestApp;
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
  private TestApp app;
  private JiraOrder order;

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

  private void startWith(boolean realTime) {
    app =
        JiraOrder.app(kind, JiraOrder.Site.CLOUD, wireMock)
            .set("capture.realTime", realTime)
            .build();
    order = new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock);
    order.jiraAccepts();
    app.get(WebServer.class).start();
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
                URI.create("http://127.0.0.1:" + app.get(WebServer.class).port() + "/hooks/jira"))
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
    app.get(InboxWorker.class).drain();
    order.runOutbox();
  }

  @Test
  void aClosedOrderGetsItsFormAndReopeningAndClosingAgainNeverAttachesASecond() {
    startWith(false);
    deliver("issue_created.json");
    process();
    assertThat(order.jiraCalls()).as("an open order gets no form").isZero();

    deliver("issue_updated_done.json");
    process();
    assertThat(order.jiraCalls()).isEqualTo(3);

    deliver("issue_updated_reopened.json");
    process();
    deliver("issue_updated_done_again.json");
    process();
    app.clock().advance(Duration.ofHours(1));
    process();

    assertThat(order.jiraCalls()).as("still the one form").isEqualTo(3);
    assertThat(order.links()).hasSize(1);
    assertThat(order.comments()).hasSize(1);
    assertThat(order.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 PENDING");
  }

  @Test
  void withRealTimeTheFormIsAttachedWhenTheOrderIsCreatedAndNoReminderComesWhileItRuns() {
    startWith(true);
    deliver("issue_created.json");
    process();
    assertThat(order.jiraCalls()).isEqualTo(3);

    app.clock().advance(Duration.ofDays(3).plusMinutes(1)); // past capture.remindAfter
    process();

    assertThat(order.comments()).hasSize(1);
    assertThat(order.jobs()).containsExactly("attach-form:10042 DONE");
  }

  @Test
  void withRealTimeTheCloseSignsTheLinkAgainAsksOnceMoreAndRemindsFromTheClose() throws Exception {
    startWith(true);
    deliver("issue_created.json");
    process();
    String atCreation = formUrl(order.links().get(0));
    app.clock().advance(Duration.ofDays(61)); // the order ran longer than capture.tokenTtl

    deliver("issue_updated_done.json");
    process();

    assertThat(order.links()).hasSize(2);
    String atClose = formUrl(order.links().get(1));
    assertThat(status(atCreation)).as("the link signed at creation").isEqualTo(403);
    assertThat(status(atClose)).as("the link on the ticket after the close").isEqualTo(200);
    assertThat(order.json(order.properties().get(1)).toString()).contains(atClose);
    assertThat(order.comments()).hasSize(2);
    assertThat(order.json(order.comments().get(1)).toString()).contains(atClose);
    assertThat(order.jobs())
        .containsExactly(
            "attach-form:10042 DONE", "attach-form:10042:at-close DONE", "remind:10042:1 PENDING");

    app.clock().advance(Duration.ofDays(3).plusMinutes(1));
    process();
    assertThat(order.comments()).as("the reminder, three days after the close").hasSize(3);
  }

  @Test
  void withRealTimeAnOrderClosedBeforeItsFormWentOnIsAskedOnceFromTheClose() throws Exception {
    startWith(true);
    deliver("issue_created.json");
    app.get(InboxWorker.class).drain();
    app.clock().advance(Duration.ofHours(2));

    deliver("issue_updated_done.json");
    process();

    assertThat(order.comments()).as("one request to write lessons, the close's").hasSize(1);
    assertThat(order.json(order.comments().get(0)).toString())
        .contains(formUrl(order.links().get(order.links().size() - 1)));
    assertThat(order.jobs())
        .containsExactly(
            "attach-form:10042 DONE", "attach-form:10042:at-close DONE", "remind:10042:1 PENDING");
  }

  private String formUrl(LoggedRequest remoteLink) {
    return order.json(remoteLink).path("object").path("url").asText();
  }

  private int status(String formUrl) throws Exception {
    URI local =
        URI.create(
            "http://127.0.0.1:"
                + app.get(WebServer.class).port()
                + URI.create(formUrl).getRawPath());
    return http.send(
            HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  @Test
  void theRunningServiceAttachesTheFormInTheBackground() {
    app = JiraOrder.app(kind, JiraOrder.Site.CLOUD, wireMock).build();
    order = new JiraOrder(app, JiraOrder.Site.CLOUD, wireMock);
    order.jiraAccepts();
    app.start();

    deliver("issue_updated_done.json");

    await().atMost(Duration.ofSeconds(20)).until(() -> order.properties().size() == 1);
    assertThat(order.links()).hasSize(1);
    assertThat(order.comments()).hasSize(1);
  }
}
