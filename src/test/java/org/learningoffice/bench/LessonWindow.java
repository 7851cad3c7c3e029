package org.learningoffice.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.store.Database;

/**
 * A store as the live suggestions meet it: one open order, whose form asks for suggestions, and
 * {@code count} lessons of closed orders (five to an order) captured over the {@value #DAYS} days
 * before {@code now}, inside the recurrence look-back window. Titles, texts, stages and labels are
 * the bundled labelled lessons taken in turn, so TF-IDF compares real words. Every facet was set by
 * the classifier, so none is a person's correction and the model trains on the bundled lessons
 * alone, whatever {@code count} is.
 */
final class LessonWindow {
  static final String OPEN_ISSUE_ID = "100000";
  private static final int DAYS = 89;
  private static final int LESSONS_PER_ORDER = 5;
  private static final int BATCH = 1_000;

  private final Database database;
  private final List<LabelledLesson> bundled;

  LessonWindow(Database database, List<LabelledLesson> bundled) {
    this.database = database;
    this.bundled = bundled;
  }

  /** Seeds the open order and the lessons; returns the open order's issue id. */
  String seed(int count, Instant now) {
    Instant start = now.minus(Duration.ofDays(DAYS));
    long spanMillis = Duration.ofDays(DAYS).toMillis();
    database
        .jdbi()
        .useTransaction(
            h -> {
              PreparedBatch orders = h.prepareBatch(ORDER_INSERT);
              addOrder(orders, OPEN_ISSUE_ID, "OPEN", now.minus(Duration.ofDays(10)), null);
              int closedOrders = (count + LESSONS_PER_ORDER - 1) / LESSONS_PER_ORDER;
              for (int n = 0; n < closedOrders; n++) {
                Instant firstLesson = at(start, spanMillis, n * LESSONS_PER_ORDER, count);
                addOrder(
                    orders,
                    Integer.toString(200_000 + n),
                    "CLOSED",
                    firstLesson.minus(Duration.ofDays(30)),
                    firstLesson.minus(Duration.ofHours(1)));
                flushOnceHolding(orders, BATCH);
              }
              flushOnceHolding(orders, 1);
              List<Long> closed =
                  h.createQuery("SELECT id FROM orders WHERE status = 'CLOSED' ORDER BY id")
                      .mapTo(Long.class)
                      .list();
              PreparedBatch lessons = h.prepareBatch(LESSON_INSERT);
              for (int i = 0; i < count; i++) {
                addLesson(
                    lessons, i, closed.get(i / LESSONS_PER_ORDER), at(start, spanMillis, i, count));
                flushOnceHolding(lessons, BATCH);
              }
              flushOnceHolding(lessons, 1);
            });
    if (database.isPostgres()) {
      // hint bits and statistics, as a database in use would have them
      database.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE"));
    }
    return OPEN_ISSUE_ID;
  }

  /** The time of lesson {@code i} of {@code count}, evenly over the span from {@code start}. */
  private static Instant at(Instant start, long spanMillis, int i, int count) {
    return start.plusMillis(spanMillis * i / count);
  }

  private static void flushOnceHolding(PreparedBatch batch, int rows) {
    if (batch.size() >= rows) {
      batch.execute();
    }
  }

  private static void addOrder(
      PreparedBatch batch, String issueId, String status, Instant created, Instant closed) {
    Instant last = closed == null ? created : closed;
    batch
        .bind("issueId", issueId)
        .bind("issueKey", "ORD-" + issueId)
        .bind("summary", "Bench order " + issueId)
        .bind("status", status)
        .bind("createdAt", created)
        .bindByType("closedAt", closed, Instant.class)
        .bind("closeCount", closed == null ? 0 : 1)
        .bind("lastEventAt", last)
        .add();
  }

  private void addLesson(PreparedBatch batch, int i, long orderId, Instant created) {
    LabelledLesson lesson = bundled.get(i % bundled.size());
    batch
        .bind("publicId", new UUID(0x5eed_0000_0000_0000L, i).toString())
        .bind("orderId", orderId)
        .bind("submissionKey", "bench:" + i)
        .bind("title", lesson.input().title())
        .bind("body", lesson.input().text())
        .bind("stage", lesson.input().stage().map(Enum::name).orElse(null))
        .bind("unit", lesson.gold().unit().name())
        .bind("lessonType", lesson.gold().type().name())
        .bind("direction", lesson.gold().direction().name())
        .bind("createdAt", created)
        .add();
  }

  private static final String ORDER_INSERT =
      "INSERT INTO orders (issue_id, issue_key, summary, strategy, strategy_source,"
          + " priority_class, status, created_at, closed_at, close_count, last_event_at,"
          + " updated_at) VALUES (:issueId, :issueKey, :summary, 'MTO', 'LABEL', 'STANDARD',"
          + " :status, :createdAt, :closedAt, :closeCount, :lastEventAt, :lastEventAt)";

  private static final String LESSON_INSERT =
      "INSERT INTO lessons (public_id, order_id, submission_key, title, body, stage, unit,"
          + " unit_set_by, lesson_type, type_set_by, direction, direction_set_by, timing,"
          + " recurrence, author, created_at) VALUES (:publicId, :orderId, :submissionKey,"
          + " :title, :body, :stage, :unit, 'CLASSIFIER', :lessonType, 'CLASSIFIER', :direction,"
          + " 'CLASSIFIER', 'RETROSPECTIVE', 'SPORADIC', 'Bench', :createdAt)";
}
