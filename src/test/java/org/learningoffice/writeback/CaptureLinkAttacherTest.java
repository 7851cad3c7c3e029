package org.learningoffice.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** Attaching the form to a closed order's ticket: three Jira calls, each done once. */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("org.learningoffice.capture.CaptureCases#storesAndSites")
class CaptureLinkAttacherTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final JiraOrder.Site site;
  private TestApp app;
  private JiraOrder order;
  private long orderId;

  CaptureLinkAttacherTest(TestDatabase.Kind kind, JiraOrder.Site site) {
    this.kind = kind;
    this.site = site;
  }

  @BeforeEach
  void start() {
    app =
        JiraOrder.app(kind, site, wireMock)
            .set("capture.mention", List.of("assignee", "reporter"))
            .build();
    order = new JiraOrder(app, site, wireMock);
    orderId = order.insertOrder("CLOSED");
    order.queueAttachForm(orderId);
  }

  @AfterEach
  void stop() {
    // a field stays null when the PostgreSQL variant is skipped before it is opened
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theFormIsAttachedWithALinkACommentAndAPropertyAndNothingMore() {
    order.jiraAccepts();

    assertThat(order.runOutbox()).isEqualTo(1);

    assertThat(order.jiraCalls()).as("exactly three Jira calls per order").isEqualTo(3);
    JsonNode link = order.json(order.links().get(0));
    assertThat(link.path("globalId").asText()).isEqualTo("learning-office:ORD-42");
    assertThat(link.at("/object/title").asText()).isEqualTo("Lessons learned — capture form");
    String formUrl = link.at("/object/url").asText();
    assertThat(formUrl).startsWith(JiraOrder.PUBLIC_BASE + "/capture/");
    String token = formUrl.substring(formUrl.lastIndexOf('/') + 1);
    assertThat(app.get(CaptureForms.class).find(orderId).orElseThrow().url().toString())
        .isEqualTo(formUrl);
    assertThat(
            new FormTokenSigner(app.get(CaptureConfig.class), app.clock())
                .verify(token)
                .token()
                .orElseThrow()
                .issueId())
        .isEqualTo(JiraOrder.ISSUE_ID);
    assertThat(link.at("/object/status/resolved").asBoolean(true)).isFalse();

    String comment = order.comments().get(0).getBodyAsString();
    if (site == JiraOrder.Site.CLOUD) {
      JsonNode body = order.json(order.comments().get(0)).path("body");
      assertThat(body.findValues("id").stream().map(JsonNode::asText))
          .as("mentions of assignee and reporter")
          .containsExactly(site.assignee, site.reporter);
      assertThat(body.toString()).contains("\"href\":\"" + formUrl + "\"");
      JsonNode greeting = body.at("/content/0/content");
      assertThat(greeting.get(1).path("text").asText())
          .as("a comma between the mentions")
          .isEqualTo(", ");
      assertThat(greeting.get(3).path("text").asText())
          .as("the colon right after the last mention, which Jira shows as @Name")
          .isEqualTo(": ");
    } else {
      String wiki = order.json(order.comments().get(0)).path("body").asText();
      assertThat(wiki).contains("[~carl]").contains("[~dora]").contains("|" + formUrl + "]");
      assertThat(wiki)
          .as("the colon right after the last mention, no space before it")
          .contains("[~carl], [~dora]&#58; what did");
    }
    assertThat(comment).contains("Learning Office ref lo.attach.10042.");

    JsonNode property = order.json(order.properties().get(0));
    assertThat(property.path("status").asText()).isEqualTo("awaiting-lessons");
    assertThat(property.path("lessons").asInt(-1)).isZero();
    assertThat(property.path("formUrl").asText()).isEqualTo(formUrl);
    assertThat(property.path("units").isArray()).isTrue();
    assertThat(property.path("types").isArray()).isTrue();

    assertThat(order.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 PENDING");
    assertThat(order.nextAttempt("remind:10042:1"))
        .isEqualTo(app.clock().instant().plus(Duration.ofDays(3)));
    assertThat(app.get(CaptureForms.class).find(orderId).orElseThrow().attachedAt())
        .contains(app.clock().instant());
  }

  @Test
  void aBusyJiraIsRetriedAfterItsRetryAfterWithoutRepeatingTheFinishedLink() {
    order.jiraAccepts();
    order.jira.stubFor(order.commentCall().willReturn(JiraOrder.status(429, "Retry-After", "120")));
    Instant start = app.clock().instant();

    order.runOutbox();

    assertThat(order.jobs()).containsExactly("attach-form:10042 PENDING");
    assertThat(order.nextAttempt("attach-form:10042")).isAfterOrEqualTo(start.plusSeconds(120));
    assertThat(order.lastError("attach-form:10042")).contains("429");
    app.clock().advance(Duration.ofSeconds(60));
    assertThat(order.runOutbox()).as("not before Retry-After").isZero();

    order.jiraAccepts();
    app.clock().advance(Duration.ofSeconds(61));
    assertThat(order.runOutbox()).isEqualTo(1);

    assertThat(order.links()).hasSize(1);
    assertThat(order.comments()).as("the refused one and the accepted one").hasSize(2);
    assertThat(order.properties()).hasSize(1);
    assertThat(order.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aCommentWhoseAnswerWasLostButThatArrivedIsNotPostedAgain() {
    order.jiraAccepts();
    order.jira.stubFor(order.commentCall().willReturn(JiraOrder.status(500)));

    order.runOutbox();
    assertThat(order.jobs()).containsExactly("attach-form:10042 PENDING");

    order.commentsListed("comments-page-with-attach-ref.json");
    app.clock().advance(Duration.ofHours(1));
    order.runOutbox();

    assertThat(order.comments()).as("posted once, never resent").hasSize(1);
    assertThat(order.commentLookups()).hasSize(1);
    assertThat(order.links()).hasSize(1);
    assertThat(order.properties()).hasSize(1);
    assertThat(order.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aCommentThatGotServiceUnavailableIsSentOnceAndFoundBeforeTheOutboxSendsItAgain() {
    order.jiraAccepts();
    order.jira.stubFor(order.commentCall().willReturn(JiraOrder.status(503)));

    order.runOutbox();
    assertThat(order.comments()).as("the client does not resend it").hasSize(1);
    assertThat(order.jobs()).containsExactly("attach-form:10042 PENDING");

    // Jira had added it after all
    order.commentsListed("comments-page-with-attach-ref.json");
    app.clock().advance(Duration.ofHours(1));
    order.runOutbox();

    assertThat(order.comments()).as("posted once, never resent").hasSize(1);
    assertThat(order.commentLookups()).hasSize(1);
    assertThat(order.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aCommentWhoseAnswerWasLostAndThatDidNotArriveIsPostedOnceMore() {
    order.jiraAccepts();
    order.jira.stubFor(
        order
            .commentCall()
            .inScenario("lost")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(JiraOrder.status(500))
            .willSetStateTo("recovered"));
    order.jira.stubFor(
        order
            .commentCall()
            .inScenario("lost")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(order.fixture("comment-created.json")).withStatus(201)));

    order.runOutbox();
    app.clock().advance(Duration.ofHours(1));
    order.runOutbox();

    assertThat(order.commentLookups()).as("looked before resending").hasSize(1);
    assertThat(order.comments()).hasSize(2);
    assertThat(order.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aRefusedCallParksTheJobWithItsErrorAndHealthShowsIt() {
    order.jiraAccepts();
    order.jira.stubFor(order.linkCall().willReturn(JiraOrder.status(403)));

    order.runOutbox();

    assertThat(order.jobs()).containsExactly("attach-form:10042 PARKED");
    assertThat(order.lastError("attach-form:10042")).contains("403").contains("remotelink");
    assertThat(app.get(Outbox.class).countsByStatus()).isEqualTo(Map.of("PARKED", 1));
    app.clock().advance(Duration.ofDays(1));
    assertThat(order.runOutbox()).as("parked jobs are not retried").isZero();
    assertThat(order.jiraCalls()).isEqualTo(1);
  }

  @Test
  void aMissingIssueParksTheJob() {
    order.jiraAccepts();
    order.jira.stubFor(order.linkCall().willReturn(JiraOrder.status(404)));

    order.runOutbox();

    assertThat(order.jobs()).containsExactly("attach-form:10042 PARKED");
    assertThat(order.lastError("attach-form:10042")).contains("404");
  }
}
