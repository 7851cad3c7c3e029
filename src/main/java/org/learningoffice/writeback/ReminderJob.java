package org.learningoffice.writeback;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import org.learningoffice.capture.CaptureJobs;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.lesson.CaptureLessonStore;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.outbox.JobSteps;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxJobHandler;
import org.learningoffice.outbox.UnusableJobException;

/**
 * The {@code n}-th reminder ({@code REMIND}), due {@code capture.remindAfter} after the form was
 * attached or after the previous reminder: when the order still has no lesson, one comment
 * mentioning the same people as the form's comment, and the next reminder queued while fewer than
 * {@code capture.maxReminders} were sent. When a lesson arrived, nothing.
 */
final class ReminderJob implements OutboxJobHandler {
  private final ObjectMapper json;
  private final CaptureOrders orders;
  private final CaptureForms forms;
  private final CaptureLessonStore lessons;
  private final CaptureRecipients recipients;
  private final CommentOnce comments;
  private final Outbox outbox;
  private final CaptureConfig config;
  private final Clock clock;

  @Inject
  ReminderJob(
      ObjectMapper json,
      CaptureOrders orders,
      CaptureForms forms,
      CaptureLessonStore lessons,
      CaptureRecipients recipients,
      CommentOnce comments,
      Outbox outbox,
      CaptureConfig config,
      Clock clock) {
    this.json = json;
    this.orders = orders;
    this.forms = forms;
    this.lessons = lessons;
    this.recipients = recipients;
    this.comments = comments;
    this.outbox = outbox;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public void handle(Outbox.Job job, JobSteps steps) {
    CaptureJobPayload payload = CaptureJobPayload.read(json, job.payload());
    StoredOrder order = orders.of(payload);
    int n = Math.max(payload.reminder(), 1);
    if (n > config.maxReminders() || lessons.tally(order.id()).lessons() > 0) {
      return; // lessons arrived, or reminders were turned down since this one was queued
    }
    CaptureForms.Form form =
        forms
            .find(order.id())
            .orElseThrow(
                () -> new UnusableJobException("order " + order.issueKey() + " has no form yet"));
    String marker = CaptureComments.reminderMarker(order.issueId(), n);
    comments.post(
        steps,
        "comment",
        order.issueKey(),
        CaptureComments.reminder(recipients.of(order), form.url(), marker),
        marker);
    if (n < config.maxReminders()) {
      outbox.enqueue(
          new Outbox.NewJob(
              CaptureJobs.remindKey(order.issueId(), n + 1),
              CaptureJobs.REMIND,
              order.id(),
              new CaptureJobPayload(order.issueId(), order.issueKey(), n + 1).write(json),
              clock.instant().plus(config.remindAfter())));
    }
  }
}
