package org.learningoffice.writeback;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.capture.CaptureJobs;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.jira.JiraClient;
import org.learningoffice.lesson.CaptureLessonStore;
import org.learningoffice.order.OrderEventHandler;
import org.learningoffice.order.OrderStatus;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.outbox.JobSteps;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.outbox.OutboxJobHandler;
import org.learningoffice.store.Database;

/**
 * Attaches the lesson-capture form to an order's ticket ({@code ATTACH_FORM}): three Jira calls,
 * each a recorded step so a retry never repeats a finished one: the remote link, a comment
 * mentioning the order's people, and the {@code learning-office} issue property. Then it records
 * when the form was attached and, once the order is closed, queues the first reminder (an order
 * still running is not reminded). The job a real-time order's close queues (its payload has the
 * close) signs the form's link again from the close and updates the same three, with a comment of
 * its own, so that the link on the ticket lasts {@code capture.tokenTtl} from the close however
 * long the order ran. A real-time order that closed before its first job ran is asked once, by the
 * close's job: the first finds that job queued and leaves the ticket to it.
 */
final class CaptureLinkAttacher implements OutboxJobHandler {
  private final ObjectMapper json;
  private final CaptureOrders orders;
  private final CaptureForms forms;
  private final CaptureLessonStore lessons;
  private final CaptureRecipients recipients;
  private final CommentOnce comments;
  private final JiraClient jira;
  private final Outbox outbox;
  private final Jdbi jdbi;
  private final CaptureConfig config;
  private final Clock clock;

  @Inject
  CaptureLinkAttacher(
      ObjectMapper json,
      CaptureOrders orders,
      CaptureForms forms,
      CaptureLessonStore lessons,
      CaptureRecipients recipients,
      CommentOnce comments,
      JiraClient jira,
      Outbox outbox,
      Database database,
      CaptureConfig config,
      Clock clock) {
    this.json = json;
    this.orders = orders;
    this.forms = forms;
    this.lessons = lessons;
    this.recipients = recipients;
    this.comments = comments;
    this.jira = jira;
    this.outbox = outbox;
    this.jdbi = database.jdbi();
    this.config = config;
    this.clock = clock;
  }

  @Override
  public void handle(Outbox.Job job, JobSteps steps) {
    CaptureJobPayload payload = CaptureJobPayload.read(json, job.payload());
    if (payload.closedAt().isEmpty()
        && outbox.has(OrderEventHandler.attachFormAtCloseKey(payload.issueId()))) {
      return; // the order closed before its form went on; the close's job attaches it
    }
    StoredOrder order = orders.of(payload);
    String issueKey = order.issueKey();
    CaptureForms.Form form =
        payload
            .closedAt()
            .map(closed -> forms.renew(order.id(), order.issueId(), closed))
            .orElseGet(() -> forms.ensure(order.id(), order.issueId()));
    CaptureLessonStore.Tally tally = lessons.tally(order.id());
    steps.once(
        "link",
        () ->
            jira.remoteLinks()
                .createOrUpdate(
                    issueKey, CaptureRemoteLink.of(issueKey, form.url(), tally.lessons() > 0)));
    String marker =
        payload.closedAt().isPresent()
            ? CaptureComments.closedMarker(order.issueId())
            : CaptureComments.attachMarker(order.issueId());
    comments.post(
        steps,
        "comment",
        issueKey,
        CaptureComments.formAttached(recipients.of(order), form.url(), marker),
        marker);
    steps.once(
        "property",
        () ->
            jira.properties()
                .set(issueKey, CaptureProperty.KEY, CaptureProperty.of(form.url(), tally)));
    Instant now = clock.instant();
    jdbi.useTransaction(
        h -> {
          forms.markAttached(h, order.id(), now);
          if (config.maxReminders() > 0 && order.state().status() == OrderStatus.CLOSED) {
            outbox.enqueue(
                h,
                new Outbox.NewJob(
                    CaptureJobs.remindKey(order.issueId(), 1),
                    CaptureJobs.REMIND,
                    order.id(),
                    new CaptureJobPayload(order.issueId(), issueKey, 1).write(json),
                    now.plus(config.remindAfter())));
          }
        });
  }
}
