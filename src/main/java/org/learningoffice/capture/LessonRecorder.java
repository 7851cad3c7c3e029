package org.learningoffice.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningoffice.action.LessonActions;
import org.learningoffice.config.CaptureConfig;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.NewLesson;
import org.learningoffice.order.OrderStatus;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.outbox.Outbox;
import org.learningoffice.store.Database;

/**
 * Stores a lesson and queues its write-back to Jira ({@code capture.writeBackDelay} later, so that
 * lessons written close together go back as one comment) in one transaction, with its proposed
 * action if it has one, so there is never a lesson without its job or a job without its lesson. The
 * submission key makes a repeated submission return the lesson already stored, with no second row
 * and no second job.
 */
final class LessonRecorder {
  private final Database database;
  private final LessonRepository lessons;
  private final Outbox outbox;
  private final LessonActions actions;
  private final ObjectMapper json;
  private final Clock clock;
  private final Duration writeBackDelay;

  @Inject
  LessonRecorder(
      Database database,
      LessonRepository lessons,
      Outbox outbox,
      LessonActions actions,
      ObjectMapper json,
      Clock clock,
      CaptureConfig config) {
    this.actions = actions;
    this.writeBackDelay = config.writeBackDelay();
    this.database = database;
    this.lessons = lessons;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  /** The lesson as stored, and whether an earlier submission of it had stored it already. */
  record Recorded(Lesson lesson, boolean before) {}

  /**
   * Stores the lesson (once per submission key) with its write-back job, which an order deleted in
   * Jira does not get.
   */
  Recorded record(StoredOrder order, NewLesson lesson) {
    try {
      return new Recorded(
          database
              .jdbi()
              .inTransaction(
                  h -> {
                    Lesson stored = lessons.insert(h, lesson);
                    // a ticket Jira deleted takes no comment; the lesson is kept all the same
                    if (order.state().status() != OrderStatus.DELETED) {
                      outbox.enqueue(h, writeBack(order, stored));
                    }
                    actions.propose(h, stored);
                    return stored;
                  }),
          false);
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      // the same lesson sent again (double click, retry, Back and save): the first one stands
      return new Recorded(
          lessons.findBySubmissionKey(lesson.submissionKey()).orElseThrow(() -> e), true);
    }
  }

  private Outbox.NewJob writeBack(StoredOrder order, Lesson lesson) {
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("issueId", order.issueId());
    payload.put("issueKey", order.issueKey());
    try {
      return new Outbox.NewJob(
          CaptureJobs.writeBackKey(order.issueId(), lesson.publicId()),
          CaptureJobs.WRITE_BACK,
          order.id(),
          json.writeValueAsString(payload),
          clock.instant().plus(writeBackDelay));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("two strings always make JSON", e);
    }
  }
}
