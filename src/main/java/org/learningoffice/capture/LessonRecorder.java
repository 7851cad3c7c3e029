package org.learningoffice.capture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.lesson.NewLesson;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.store.Database;
import org.learningoffice.store.Outbox;

/**
 * Stores a lesson and queues its write-back to Jira in one transaction, so there is never a lesson
 * without its job or a job without its lesson. The submission key makes a repeated submission
 * return the lesson already stored, with no second row and no second job.
 */
final class LessonRecorder {
  /** The outbox job kind the write-back worker takes. */
  static final String WRITE_BACK = "WRITE_BACK";

  /** Lessons written in a burst go back to Jira together when the job waits a little. */
  static final Duration WRITE_BACK_DELAY = Duration.ofMinutes(1);

  private final Database database;
  private final LessonRepository lessons;
  private final Outbox outbox;
  private final ObjectMapper json;
  private final Clock clock;

  @Inject
  LessonRecorder(
      Database database, LessonRepository lessons, Outbox outbox, ObjectMapper json, Clock clock) {
    this.database = database;
    this.lessons = lessons;
    this.outbox = outbox;
    this.json = json;
    this.clock = clock;
  }

  /** Stores the lesson (once per submission key) with its write-back job; returns it. */
  Lesson record(StoredOrder order, NewLesson lesson) {
    try {
      return database
          .jdbi()
          .inTransaction(
              h -> {
                Lesson stored = lessons.insert(h, lesson);
                outbox.enqueue(h, writeBack(order, stored));
                return stored;
              });
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      // the same form sent again (double click, retry): the first one's lesson stands
      return lessons.findBySubmissionKey(lesson.submissionKey()).orElseThrow(() -> e);
    }
  }

  private Outbox.NewJob writeBack(StoredOrder order, Lesson lesson) {
    Map<String, String> payload = new LinkedHashMap<>();
    payload.put("issueId", order.issueId());
    payload.put("issueKey", order.issueKey());
    try {
      return new Outbox.NewJob(
          "write-back:" + order.issueId() + ":" + lesson.publicId(),
          WRITE_BACK,
          order.id(),
          json.writeValueAsString(payload),
          clock.instant().plus(WRITE_BACK_DELAY));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("two strings always make JSON", e);
    }
  }
}
