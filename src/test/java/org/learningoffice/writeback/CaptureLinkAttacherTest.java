package org.learningoffice.writeback;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.capture.CaptureJiraApp;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** Attaching the form to a closed order's ticket: three Jira calls, each done once. */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("org.learningoffice.capture.CaptureCases#storesAndSites")
class CaptureLinkAttacherTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final CaptureJiraApp.Site site;
  private CaptureJiraApp app;
  private long orderId;

  CaptureLinkAttacherTest(TestDatabase.Kind kind, CaptureJiraApp.Site site) {
    this.kind = kind;
    this.site = site;
  }

  @BeforeEach
  void start() {
    app = new CaptureJiraApp(kind, site, wireMock, "  mention: [assignee, reporter]\n");
    orderId = app.insertOrder("CLOSED");
    app.queueAttachForm(orderId);
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
    app.jiraAccepts();

    assertThat(app.runOutbox()).isEqualTo(1);

    assertThat(app.jiraCalls()).as("exactly three Jira calls per order").isEqualTo(3);
    JsonNode link = app.json(app.links().get(0));
    assertThat(link.path("globalId").asText()).isEqualTo("learning-office:ORD-42");
    assertThat(link.at("/object/title").asText()).isEqualTo("Lessons learned — capture form");
    String formUrl = link.at("/object/url").asText();
    assertThat(formUrl).startsWith(CaptureJiraApp.PUBLIC_BASE + "/capture/");
    String token = formUrl.substring(formUrl.lastIndexOf('/') + 1);
    assertThat(app.instance(CaptureForms.class).find(orderId).orElseThrow().url().toString())
        .isEqualTo(formUrl);
    assertThat(
            new FormTokenSigner(app.instance(CaptureConfig.class), app.clock)
                .verify(token)
                .token()
                .orElseThrow()
                .issueId())
        .isEqualTo(CaptureJiraApp.ISSUE_ID);
    assertThat(link.at("/object/status/resolved").asBoolean(true)).isFalse();

    String comment = app.comments().get(0).getBodyAsString();
    if (site == CaptureJiraApp.Site.CLOUD) {
      JsonNode body = app.json(app.comments().get(0)).path("body");
      assertThat(body.findValues("id").stream().map(JsonNode::asText))
          .as("mentions of assignee and reporter")
          .containsExactly(site.assignee, site.reporter);
      assertThat(body.toString()).contains("\"href\":\"" + formUrl + "\"");
    } else {
      String wiki = app.json(app.comments().get(0)).path("body").asText();
      assertThat(wiki).contains("[~carl]").contains("[~dora]").contains("|" + formUrl + "]");
    }
    assertThat(comment).contains("Learning Office ref lo.attach.10042.");

    JsonNode property = app.json(app.properties().get(0));
    assertThat(property.path("status").asText()).isEqualTo("awaiting-lessons");
    assertThat(property.path("lessons").asInt(-1)).isZero();
    assertThat(property.path("formUrl").asText()).isEqualTo(formUrl);
    assertThat(property.path("units").isArray()).isTrue();
    assertThat(property.path("types").isArray()).isTrue();

    assertThat(app.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 PENDING");
    assertThat(app.nextAttempt("remind:10042:1"))
        .isEqualTo(app.clock.instant().plus(Duration.ofDays(3)));
    assertThat(app.instance(CaptureForms.class).find(orderId).orElseThrow().attachedAt())
        .contains(app.clock.instant());
  }

  @Test
  void aBusyJiraIsRetriedAfterItsRetryAfterWithoutRepeatingTheFinishedLink() {
    app.jiraAccepts();
    app.jira.stubFor(
        app.commentCall().willReturn(CaptureJiraApp.status(429, "Retry-After", "120")));
    Instant start = app.clock.instant();

    app.runOutbox();

    assertThat(app.jobs()).containsExactly("attach-form:10042 PENDING");
    assertThat(app.nextAttempt("attach-form:10042")).isAfterOrEqualTo(start.plusSeconds(120));
    assertThat(app.lastError("attach-form:10042")).contains("429");
    app.clock.advance(Duration.ofSeconds(60));
    assertThat(app.runOutbox()).as("not before Retry-After").isZero();

    app.jiraAccepts();
    app.clock.advance(Duration.ofSeconds(61));
    assertThat(app.runOutbox()).isEqualTo(1);

    assertThat(app.links()).hasSize(1);
    assertThat(app.comments()).as("the refused one and the accepted one").hasSize(2);
    assertThat(app.properties()).hasSize(1);
    assertThat(app.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aCommentWhoseAnswerWasLostButThatArrivedIsNotPostedAgain() {
    app.jiraAccepts();
    app.jira.stubFor(app.commentCall().willReturn(CaptureJiraApp.status(500)));

    app.runOutbox();
    assertThat(app.jobs()).containsExactly("attach-form:10042 PENDING");

    app.commentsListed("comments-page-with-attach-ref.json");
    app.clock.advance(Duration.ofHours(1));
    app.runOutbox();

    assertThat(app.comments()).as("posted once, never resent").hasSize(1);
    assertThat(app.commentLookups()).hasSize(1);
    assertThat(app.links()).hasSize(1);
    assertThat(app.properties()).hasSize(1);
    assertThat(app.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aCommentWhoseAnswerWasLostAndThatDidNotArriveIsPostedOnceMore() {
    app.jiraAccepts();
    app.jira.stubFor(
        app.commentCall()
            .inScenario("lost")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(CaptureJiraApp.status(500))
            .willSetStateTo("recovered"));
    app.jira.stubFor(
        app.commentCall()
            .inScenario("lost")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(app.fixture("comment-created.json")).withStatus(201)));

    app.runOutbox();
    app.clock.advance(Duration.ofHours(1));
    app.runOutbox();

    assertThat(app.commentLookups()).as("looked before resending").hasSize(1);
    assertThat(app.comments()).hasSize(2);
    assertThat(app.jobs()).contains("attach-form:10042 DONE");
  }

  @Test
  void aRefusedCallParksTheJobWithItsErrorAndHealthShowsIt() {
    app.jiraAccepts();
    app.jira.stubFor(app.linkCall().willReturn(CaptureJiraApp.status(403)));

    app.runOutbox();

    assertThat(app.jobs()).containsExactly("attach-form:10042 PARKED");
    assertThat(app.lastError("attach-form:10042")).contains("403").contains("remotelink");
    assertThat(app.instance(Outbox.class).countsByStatus()).isEqualTo(Map.of("PARKED", 1));
    app.clock.advance(Duration.ofDays(1));
    assertThat(app.runOutbox()).as("parked jobs are not retried").isZero();
    assertThat(app.jiraCalls()).isEqualTo(1);
  }

  @Test
  void aMissingIssueParksTheJob() {
    app.jiraAccepts();
    app.jira.stubFor(app.linkCall().willReturn(CaptureJiraApp.status(404)));

    app.runOutbox();

    assertThat(app.jobs()).containsExactly("attach-form:10042 PARKED");
    assertThat(app.lastError("attach-form:10042")).contains("404");
  }
}
