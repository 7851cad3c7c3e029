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
import org.learningoffice.capture.CaptureJobs;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.testing.TestApp;
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
  private final JiraOrder.Site site;
  private TestApp app;
  private JiraOrder order;
  private long orderId;

  WriteBackTest(TestDatabase.Kind kind, JiraOrder.Site site) {
    this.kind = kind;
    this.site = site;
  }

  @BeforeEach
  void attachTheForm() {
    app = JiraOrder.app(kind, site, wireMock).build();
    order = new JiraOrder(app, site, wireMock);
    orderId = order.insertOrder("CLOSED");
    order.queueAttachForm(orderId);
    order.jiraAccepts();
    order.runOutbox();
    order.jira.resetRequests();
  }

  @AfterEach
  void stop() {
    // a field stays null when the PostgreSQL variant is skipped before it is opened
    if (app != null) {
      app.close();
    }
  }

  private String commentBody(int index) {
    JsonNode body = order.json(order.comments().get(index)).path("body");
    return body.isTextual() ? body.asText() : body.toString();
  }

  @Test
  void lessonsSubmittedTogetherAreWrittenBackAsOneCommentAndTheLinkIsResolved() {
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    order.submitLesson(orderId, "Quote lead times", "Bob");
    app.clock().advance(Duration.ofMinutes(1));

    assertThat(order.runOutbox()).as("both write-back jobs ran").isEqualTo(2);

    assertThat(order.jiraCalls()).as("one comment, one property, one link").isEqualTo(3);
    assertThat(commentBody(0))
        .contains("Weld jig tolerances")
        .contains("Quote lead times")
        .contains("2 new lessons learned")
        .contains("back office")
        .contains("exploration")
        .contains("learning for orders");
    JsonNode property = order.json(order.properties().get(0));
    assertThat(property.path("status").asText()).isEqualTo("captured");
    assertThat(property.path("lessons").asInt()).isEqualTo(2);
    assertThat(property.path("units").toString()).isEqualTo("[\"BACK_OFFICE\"]");
    assertThat(property.path("types").toString()).isEqualTo("[\"EXPLORATION\"]");
    JsonNode link = order.json(order.links().get(0));
    assertThat(link.path("globalId").asText()).isEqualTo("learning-office:ORD-42");
    assertThat(link.at("/object/status/resolved").asBoolean()).isTrue();
    assertThat(order.writtenBack()).isEqualTo(2);
    assertThat(order.jobs())
        .filteredOn(j -> j.startsWith("write-back"))
        .hasSize(2)
        .allMatch(j -> j.endsWith("DONE"));
  }

  @Test
  void aLaterLessonIsWrittenBackOnItsOwnAndAJobWithNothingNewCallsNothing() {
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.clock().advance(Duration.ofMinutes(1));
    order.runOutbox();
    order.jira.resetRequests();

    order.submitLesson(orderId, "Paint shop booking", "Carl");
    app.clock().advance(Duration.ofMinutes(1));
    order.runOutbox();

    assertThat(order.comments()).hasSize(1);
    assertThat(commentBody(0))
        .contains("Paint shop booking")
        .contains("1 new lesson learned")
        .doesNotContain("Weld jig tolerances");
    assertThat(order.json(order.properties().get(0)).path("lessons").asInt()).isEqualTo(2);

    order.jira.resetRequests();
    app.get(Outbox.class)
        .enqueue(
            new Outbox.NewJob(
                "write-back:10042:again",
                CaptureJobs.WRITE_BACK,
                orderId,
                "{\"issueId\":\"10042\",\"issueKey\":\"ORD-42\"}",
                app.clock().instant()));
    assertThat(order.runOutbox()).isEqualTo(1);
    assertThat(order.jiraCalls()).as("nothing new: no Jira call").isZero();
  }

  @Test
  void hostileLessonTextArrivesEscapedInTheCommentAndIntactInTheProperty() {
    order.submitLesson(orderId, HOSTILE_TITLE, HOSTILE_AUTHOR);
    app.clock().advance(Duration.ofMinutes(1));

    order.runOutbox();

    JsonNode body = order.json(order.comments().get(0)).path("body");
    if (site == JiraOrder.Site.CLOUD) {
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
          .isNotEmpty()
          .allMatch(href -> href.startsWith(JiraOrder.PUBLIC_BASE + "/capture/"));
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
    JsonNode newest = order.json(order.properties().get(0)).path("newest").path(0);
    assertThat(newest.path("title").asText()).isEqualTo(HOSTILE_TITLE);
    assertThat(newest.path("author").asText()).isEqualTo(HOSTILE_AUTHOR);
  }

  @Test
  void moreLessonsThanOneCommentHoldsAreWrittenBackAsOneCommentJiraTakesThatCountsTheRest() {
    int lessons = 80;
    for (int i = 0; i < lessons; i++) {
      // at the form's limits, of the characters wiki markup and JSON lengthen most
      order.submitLesson(
          orderId, String.format("%03d ", i) + ":#&\\".repeat(29), "A&#:".repeat(30));
    }
    app.clock().advance(Duration.ofMinutes(1));

    order.runOutbox();

    assertThat(order.comments()).hasSize(1);
    String body = commentBody(0);
    assertThat(body.length())
        .as("within the 32,767 characters Jira takes for a comment")
        .isLessThanOrEqualTo(32_767);
    assertThat(body)
        .contains(lessons + " new lessons learned")
        .contains("000 ")
        .containsPattern("… and \\d+ more")
        .contains("read them all or add more on the");
    assertThat(order.writtenBack()).isEqualTo(lessons);
  }

  @Test
  void aWriteBackThatMeetsABusyJiraIsAppliedOnceWhenJiraRecovers() {
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.clock().advance(Duration.ofMinutes(1));
    order.jira.stubFor(order.commentCall().willReturn(JiraOrder.status(503, "Retry-After", "30")));

    order.runOutbox();
    assertThat(order.writtenBack()).isZero();

    order.jiraAccepts();
    order.jira.stubFor(order.propertyCall().willReturn(JiraOrder.status(429, "Retry-After", "30")));
    app.clock().advance(Duration.ofMinutes(5));
    order.runOutbox();
    assertThat(order.writtenBack()).isZero();

    order.jiraAccepts();
    app.clock().advance(Duration.ofMinutes(10));
    order.runOutbox();

    assertThat(order.writtenBack()).isEqualTo(1);
    assertThat(order.comments()).as("one refused (503), one posted").hasSize(2);
    assertThat(order.properties()).as("one refused (429), one set").hasSize(2);
    assertThat(order.links()).hasSize(1);
    app.clock().advance(Duration.ofDays(1));
    order.jira.resetRequests();
    order.runOutbox();
    assertThat(order.comments()).as("never again").isEmpty();
  }
}
