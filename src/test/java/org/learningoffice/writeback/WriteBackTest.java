package org.learningoffice.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.capture.CaptureJiraApp;
import org.learningoffice.capture.CaptureJobs;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** Lessons from the form written back to the order's ticket: one comment per batch, once. */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("org.learningoffice.capture.CaptureCases#storesAndSites")
class WriteBackTest {
  /** Text that would break HTML, ADF or wiki markup if it were not escaped. */
  static final String HOSTILE_TITLE =
      "<script>alert(1)</script> {code}x{code} [link|https://evil.example] *bold* ]]> 🚀";

  static final String HOSTILE_AUTHOR = "Eve [~admin] {noformat} & <b>";

  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final CaptureJiraApp.Site site;
  private CaptureJiraApp app;
  private long orderId;

  WriteBackTest(TestDatabase.Kind kind, CaptureJiraApp.Site site) {
    this.kind = kind;
    this.site = site;
  }

  @BeforeEach
  void attachTheForm() {
    app = new CaptureJiraApp(kind, site, wireMock, "");
    orderId = app.insertOrder("CLOSED");
    app.queueAttachForm(orderId);
    app.jiraAccepts();
    app.runOutbox();
    app.jira.resetRequests();
  }

  @AfterEach
  void stop() {
    // a field stays null when the PostgreSQL variant is skipped before it is opened
    if (app != null) {
      app.close();
    }
  }

  private String commentBody(int index) {
    JsonNode body = app.json(app.comments().get(index)).path("body");
    return body.isTextual() ? body.asText() : body.toString();
  }

  @Test
  void lessonsSubmittedTogetherAreWrittenBackAsOneCommentAndTheLinkIsResolved() {
    app.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.submitLesson(orderId, "Quote lead times", "Bob");
    app.clock.advance(Duration.ofMinutes(1));

    assertThat(app.runOutbox()).as("both write-back jobs ran").isEqualTo(2);

    assertThat(app.jiraCalls()).as("one comment, one property, one link").isEqualTo(3);
    assertThat(commentBody(0))
        .contains("Weld jig tolerances")
        .contains("Quote lead times")
        .contains("2 new lessons learned")
        .contains("back office")
        .contains("exploration")
        .contains("learning for orders");
    JsonNode property = app.json(app.properties().get(0));
    assertThat(property.path("status").asText()).isEqualTo("captured");
    assertThat(property.path("lessons").asInt()).isEqualTo(2);
    assertThat(property.path("units").toString()).isEqualTo("[\"BACK_OFFICE\"]");
    assertThat(property.path("types").toString()).isEqualTo("[\"EXPLORATION\"]");
    JsonNode link = app.json(app.links().get(0));
    assertThat(link.path("globalId").asText()).isEqualTo("learning-office:ORD-42");
    assertThat(link.at("/object/status/resolved").asBoolean()).isTrue();
    assertThat(app.writtenBack()).isEqualTo(2);
    assertThat(app.jobs())
        .filteredOn(j -> j.startsWith("write-back"))
        .allMatch(j -> j.endsWith("DONE"));
  }

  @Test
  void aLaterLessonIsWrittenBackOnItsOwnAndAJobWithNothingNewCallsNothing() {
    app.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.clock.advance(Duration.ofMinutes(1));
    app.runOutbox();
    app.jira.resetRequests();

    app.submitLesson(orderId, "Paint shop booking", "Carl");
    app.clock.advance(Duration.ofMinutes(1));
    app.runOutbox();

    assertThat(app.comments()).hasSize(1);
    assertThat(commentBody(0))
        .contains("Paint shop booking")
        .contains("1 new lesson learned")
        .doesNotContain("Weld jig tolerances");
    assertThat(app.json(app.properties().get(0)).path("lessons").asInt()).isEqualTo(2);

    app.jira.resetRequests();
    app.instance(Outbox.class)
        .enqueue(
            new Outbox.NewJob(
                "write-back:10042:again",
                CaptureJobs.WRITE_BACK,
                orderId,
                "{\"issueId\":\"10042\",\"issueKey\":\"ORD-42\"}",
                app.clock.instant()));
    assertThat(app.runOutbox()).isEqualTo(1);
    assertThat(app.jiraCalls()).as("nothing new: no Jira call").isZero();
  }

  @Test
  void hostileLessonTextArrivesEscapedInTheCommentAndIntactInTheProperty() {
    app.submitLesson(orderId, HOSTILE_TITLE, HOSTILE_AUTHOR);
    app.clock.advance(Duration.ofMinutes(1));

    app.runOutbox();

    JsonNode body = app.json(app.comments().get(0)).path("body");
    if (site == CaptureJiraApp.Site.CLOUD) {
      // ADF: user text only ever sits in text nodes, never as marks, links or mentions of its own
      List<String> texts = body.findValues("text").stream().map(JsonNode::asText).toList();
      assertThat(texts).contains(HOSTILE_TITLE);
      assertThat(texts).anyMatch(t -> t.contains("by " + HOSTILE_AUTHOR));
      assertThat(body.findValues("type").stream().map(JsonNode::asText))
          .as("one mention-free, code-free document")
          .doesNotContain("codeBlock", "inlineCard")
          .filteredOn("mention"::equals)
          .isEmpty();
      assertThat(body.findValues("href").stream().map(JsonNode::asText))
          .allMatch(href -> href.startsWith(CaptureJiraApp.PUBLIC_BASE + "/capture/"));
    } else {
      String wiki = body.asText();
      assertThat(wiki)
          .contains("\\{code\\}x\\{code\\}")
          .contains("\\[link\\|https&#58;//evil.example\\]")
          .contains("\\*bold\\*")
          .contains("\\]\\]>")
          .contains("🚀")
          .contains("\\[\\~admin\\] \\{noformat\\} &#38; <b>")
          .doesNotContain("{code}")
          .doesNotContain("[link|")
          .doesNotContain("[~admin]");
    }
    JsonNode newest = app.json(app.properties().get(0)).path("newest").path(0);
    assertThat(newest.path("title").asText()).isEqualTo(HOSTILE_TITLE);
    assertThat(newest.path("author").asText()).isEqualTo(HOSTILE_AUTHOR);
  }

  @Test
  void aWriteBackThatMeetsABusyJiraIsAppliedOnceWhenJiraRecovers() {
    app.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.clock.advance(Duration.ofMinutes(1));
    app.jira.stubFor(app.commentCall().willReturn(CaptureJiraApp.status(503, "Retry-After", "30")));

    app.runOutbox();
    assertThat(app.writtenBack()).isZero();

    app.jiraAccepts();
    app.jira.stubFor(
        app.propertyCall().willReturn(CaptureJiraApp.status(429, "Retry-After", "30")));
    app.clock.advance(Duration.ofMinutes(5));
    app.runOutbox();
    assertThat(app.writtenBack()).isZero();

    app.jiraAccepts();
    app.clock.advance(Duration.ofMinutes(10));
    app.runOutbox();

    assertThat(app.writtenBack()).isEqualTo(1);
    assertThat(app.comments()).as("one refused (503), one posted").hasSize(2);
    assertThat(app.properties()).as("one refused (429), one set").hasSize(2);
    assertThat(app.links()).hasSize(1);
    app.clock.advance(Duration.ofDays(1));
    app.jira.resetRequests();
    app.runOutbox();
    assertThat(app.comments()).as("never again").isEmpty();
  }
}
