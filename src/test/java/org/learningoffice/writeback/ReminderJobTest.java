package org.learningoffice.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.capture.JiraOrder;
import org.learningoffice.testing.TestApp;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.JiraWireMock;

/** Reminders when an attached form stays empty: after capture.remindAfter, at most maxReminders. */
@ParameterizedClass(name = "on {0} with {1}")
@MethodSource("org.learningoffice.capture.CaptureCases#storesAndSites")
class ReminderJobTest {
  @RegisterExtension final JiraWireMock wireMock = new JiraWireMock();

  private final TestDatabase.Kind kind;
  private final JiraOrder.Site site;
  private TestApp app;
  private JiraOrder order;
  private long orderId;

  ReminderJobTest(TestDatabase.Kind kind, JiraOrder.Site site) {
    this.kind = kind;
    this.site = site;
  }

  /** Attaches the form with these {@code capture.*} settings (key, value, key, value, ...). */
  private void attachWith(Object... capture) {
    TestApp.Builder builder = JiraOrder.app(kind, site, wireMock);
    for (int i = 0; i < capture.length; i += 2) {
      builder.set("capture." + capture[i], capture[i + 1]);
    }
    app = builder.build();
    order = new JiraOrder(app, site, wireMock);
    orderId = order.insertOrder("CLOSED");
    order.queueAttachForm(orderId);
    order.jiraAccepts();
    order.runOutbox();
    order.jira.resetRequests();
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anEmptyFormGetsOneReminderMentioningTheSamePeopleAfterRemindAfter() {
    attachWith();
    String formUrl = app.get(CaptureForms.class).find(orderId).orElseThrow().url().toString();

    app.clock().advance(Duration.ofDays(3).minusMinutes(1));
    assertThat(order.runOutbox()).as("not yet due").isZero();
    app.clock().advance(Duration.ofMinutes(1));
    assertThat(order.runOutbox()).isEqualTo(1);

    assertThat(order.comments()).hasSize(1);
    String body = order.comments().get(0).getBodyAsString();
    assertThat(body)
        .contains("no lessons yet")
        .contains(formUrl)
        .contains("lo.remind.10042.1.")
        .contains(site == JiraOrder.Site.CLOUD ? "\"id\":\"" + site.assignee + "\"" : "[~carl]")
        .doesNotContain(site.reporter);
    assertThat(order.jobs()).containsExactly("attach-form:10042 DONE", "remind:10042:1 DONE");

    app.clock().advance(Duration.ofDays(30));
    assertThat(order.runOutbox()).as("maxReminders 1: no second reminder").isZero();
  }

  @Test
  void aFormWithALessonIsNotReminded() {
    attachWith();
    order.submitLesson(orderId, "Weld jig tolerances", "Alice");
    app.clock().advance(Duration.ofMinutes(1));
    order.runOutbox();
    order.jira.resetRequests();

    app.clock().advance(Duration.ofDays(3));
    assertThat(order.runOutbox()).isEqualTo(1);

    assertThat(order.jiraCalls()).isZero();
    assertThat(order.jobs()).contains("remind:10042:1 DONE");
  }

  @Test
  void remindersStopAtMaxReminders() {
    attachWith("remindAfter", "P1D", "maxReminders", 2);

    for (int day = 0; day < 5; day++) {
      app.clock().advance(Duration.ofDays(1));
      order.runOutbox();
    }

    assertThat(order.comments()).hasSize(2);
    assertThat(order.comments().get(1).getBodyAsString()).contains("lo.remind.10042.2.");
    assertThat(order.jobs())
        .containsExactly("attach-form:10042 DONE", "remind:10042:1 DONE", "remind:10042:2 DONE");
  }

  @Test
  void noReminderIsQueuedWhenMaxRemindersIsZero() {
    attachWith("maxReminders", 0);

    app.clock().advance(Duration.ofDays(10));
    order.runOutbox();

    assertThat(order.jobs()).containsExactly("attach-form:10042 DONE");
    assertThat(order.jiraCalls()).isZero();
  }
}
