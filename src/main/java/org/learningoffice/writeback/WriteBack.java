package org.learningoffice.writeback;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.lesson.CaptureLessonStore;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.outbox.JobSteps;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxJobHandler;

/**
 * Writes new lessons back to the order's ticket ({@code WRITE_BACK}, queued by the form with each
 * lesson). Coalesces: it takes every lesson of the order that no write-back has taken yet, posts
 * one comment summarising them, updates the issue property and resolves the remote link. A job that
 * finds nothing new (an earlier one took its lesson) makes no Jira call.
 */
final class WriteBack implements OutboxJobHandler {
  private final ObjectMapper json;
  private final CaptureOrders orders;
  private final CaptureForms forms;
  private final CaptureLessonStore lessons;
  private final CommentOnce comments;
  private final JiraClient jira;
  private final Clock clock;

  @Inject
  WriteBack(
      ObjectMapper json,
      CaptureOrders orders,
      CaptureForms forms,
      CaptureLessonStore lessons,
      CommentOnce comments,
      JiraClient jira,
      Clock clock) {
    this.json = json;
    this.orders = orders;
    this.forms = forms;
    this.lessons = lessons;
    this.comments = comments;
    this.jira = jira;
    this.clock = clock;
  }

  @Override
  public void handle(Outbox.Job job, JobSteps steps) {
    StoredOrder order = orders.of(CaptureJobPayload.read(json, job.payload()));
    if (!steps.isDone("claim")) {
      lessons.claim(order.id(), job.id());
      steps.record("claim");
    }
    List<Lesson> taken = lessons.claimedBy(job.id());
    if (taken.isEmpty()) {
      return;
    }
    String issueKey = order.issueKey();
    CaptureForms.Form form = forms.ensure(order.id(), order.issueId());
    String marker = CaptureComments.writeBackMarker(job.id());
    comments.post(
        steps,
        "comment",
        issueKey,
        CaptureComments.lessonsCaptured(taken, form.url(), marker),
        marker);
    steps.once(
        "property",
        () ->
            jira.properties()
                .set(
                    issueKey,
                    CaptureProperty.KEY,
                    CaptureProperty.of(form.url(), lessons.tally(order.id()))));
    steps.once(
        "link",
        () ->
            jira.remoteLinks()
                .createOrUpdate(issueKey, CaptureRemoteLink.of(issueKey, form.url(), true)));
    lessons.markWrittenBack(job.id(), clock.instant());
  }
}
