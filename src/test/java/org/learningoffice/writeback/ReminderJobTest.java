package org.learningoffice.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.capture.CaptureJiraApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** Reminders when an attached form stays empty: after capture.remindAfter, at most maxReminders. */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("org.learningoffice.capture.CaptureCases#storesAndSites")
class ReminderJobTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final CaptureJiraApp.Site site;
  private CaptureJiraApp app;
  private long orderId;

  ReminderJobTest(TestDatabase.Kind kind, CaptureJiraApp.Site site) {
    this.kind = kind;
    this.site = site;
  }

  private void attachWith(String captureYaml) {
    app = new CaptureJiraApp(kind, site, wireMock, captureYaml);
    orderId = app.insertOrder("CLOSED");
    app.queueAttachForm(orderId);
    app.jiraAccepts();
    app.runOutbox();
    app.jira.resetRequests();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anEmptyFormGetsOneReminderMentioningTheSamePeopleAfterRemindAfter() {
    attachWith("");
    String formUrl = app.instance(CaptureForms.class).find(orderId).orElseThrow().url().toString();

    app.clock.advance(Duration.ofDays(3).minusMinutes(1));
    assertThat(app.runOutbox()).as("not yet due").isZero();
    app.clock.advance(Duration.ofMinutes(1));
    assertThat(app.runOutbox()).isEqualTo(1);

    assertThat(app.comments()).hasSize(1);
    String body = app.comments().get(0).getBodyAsString();
    assertThat(body)
        .contains("no lessons yet")
        .contains(formUrl)
        .contains("lo.remind.10042.1.")
        .contains(
            site == CaptureJiraApp.Site.CLOUD ? "\"id\":\"" + site.assignee + "\"" : "[~carl]")
        .doesNotContain(site.reporter);
    assertThat(app.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 DONE");

    app.clock.advance(Duration.ofDays(30));
    assertThat(app.runOutbox()).as("maxReminders 1: no second reminder").isZero();
  }

  @Test
  void aFormWithALessonIsNotReminded() {
    attachWith("");
    app.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.clock.advance(Duration.ofMinutes(1));
    app.runOutbox();
    app.jira.resetRequests();

    app.clock.advance(Duration.ofDays(3));
    assertThat(app.runOutbox()).isEqualTo(1);

    assertThat(app.jiraCalls()).isZero();
    assertThat(app.jobs()).contains("remind:10042:1 DONE");
  }

  @Test
  void remindersStopAtMaxReminders() {
    attachWith("  remindAfter: P1D\n  maxReminders: 2\n");

    for (int day = 0; day < 5; day++) {
      app.clock.advance(Duration.ofDays(1));
      app.runOutbox();
    }

    assertThat(app.comments()).hasSize(2);
    assertThat(app.comments().get(1).getBodyAsString()).contains("lo.remind.10042.2.");
    assertThat(app.jobs())
        .containsExactly("attach-form:10042 DONE", "remind:10042:1 DONE", "remind:10042:2 DONE");
  }

  @Test
  void noReminderIsQueuedWhenMaxRemindersIsZero() {
    attachWith("  maxReminders: 0\n");

    app.clock.advance(Duration.ofDays(10));
    app.runOutbox();

    assertThat(app.jobs()).containsExactly("attach-form:10042 DONE");
    assertThat(app.jiraCalls()).isZero();
  }
}
