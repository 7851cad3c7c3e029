package org.learningoffice.digest;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;

/**
 * Inserts {@code orders} and {@code lessons} rows directly (the shape of V1__schema.sql), as the
 * capture form would store them.
 */
public final class Seed {
  private final Database database;
  private int issueIds = 10_000;

  public Seed(Database database) {
    this.database = database;
  }

  /**
   * A busy week 2026-W48: 60 ETO orders closed on its Tuesday, every second one with a lesson
   * between the units whose text is about {@code lessonChars} characters long.
   */
  public void busyWeek(int lessonChars) {
    Instant tuesday = Instant.parse("2026-11-24T10:00:00Z");
    String sentence = "What happened at the handover, told in some detail. ";
    String body = sentence.repeat(Math.max(1, lessonChars / sentence.length()));
    for (int i = 0; i < 60; i++) {
      long order =
          order(
              "ORD-" + (200 + i),
              "Order summary number " + i,
              Strategy.ETO,
              PriorityClass.STANDARD,
              tuesday.plusSeconds(i));
      if (i % 2 == 0) {
        lesson(
            order,
            L.of("Handover number " + i, tuesday.plusSeconds(i)).unit(Unit.BETWEEN).body(body));
      }
    }
  }

  /** A lesson to insert; defaults are a plain retrospective front-office exploitation. */
  public record L(
      String title,
      String body,
      Unit unit,
      LessonType type,
      Direction direction,
      Timing timing,
      Recurrence recurrence,
      Optional<String> action,
      Instant createdAt) {
    public static L of(String title, Instant createdAt) {
      return new L(
          title,
          "What happened on " + title,
          Unit.FRONT_OFFICE,
          LessonType.EXPLOITATION,
          Direction.FROM,
          Timing.RETROSPECTIVE,
          Recurrence.SPORADIC,
          Optional.empty(),
          createdAt);
    }

    public L unit(Unit u) {
      return new L(title, body, u, type, direction, timing, recurrence, action, createdAt);
    }

    public L type(LessonType t) {
      return new L(title, body, unit, t, direction, timing, recurrence, action, createdAt);
    }

    public L direction(Direction d) {
      return new L(title, body, unit, type, d, timing, recurrence, action, createdAt);
    }

    public L timing(Timing t) {
      return new L(title, body, unit, type, direction, t, recurrence, action, createdAt);
    }

    public L recurrent() {
      return new L(
          title, body, unit, type, direction, timing, Recurrence.RECURRENT, action, createdAt);
    }

    public L action(String a) {
      return new L(
          title, body, unit, type, direction, timing, recurrence, Optional.of(a), createdAt);
    }

    public L body(String b) {
      return new L(title, b, unit, type, direction, timing, recurrence, action, createdAt);
    }
  }

  public long order(
      String key, String summary, Strategy strategy, PriorityClass priority, Instant closedAt) {
    String issueId = Integer.toString(issueIds++);
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO orders (issue_id, issue_key, summary, strategy, strategy_source,"
                            + " priority_class, status, created_at, closed_at, close_count,"
                            + " last_event_at, updated_at) VALUES (:issueId, :key, :summary,"
                            + " :strategy, 'LABEL', :priority, :status, :created, :closed, :count,"
                            + " :created, :created)")
                    .bind("issueId", issueId)
                    .bind("key", key)
                    .bind("summary", summary)
                    .bind("strategy", strategy.name())
                    .bind("priority", priority.name())
                    .bind("status", closedAt == null ? "OPEN" : "CLOSED")
                    .bind("created", Instant.parse("2026-09-01T08:00:00Z"))
                    .bind("closed", closedAt)
                    .bind("count", closedAt == null ? 0 : 1)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
  }

  /** Reopens a closed order at {@code at}, as a Jira event that leaves the closed status would. */
  public void reopen(String key, Instant at) {
    database
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE orders SET status = 'OPEN', reopened_at = :at, last_event_at = :at"
                            + " WHERE issue_key = :key")
                    .bind("key", key)
                    .bind("at", at)
                    .execute());
  }

  public long lesson(long orderId, L l) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO lessons (public_id, order_id, submission_key, title, body,"
                            + " stage, unit, unit_set_by, unit_confidence, lesson_type, type_set_by,"
                            + " type_confidence, direction, direction_set_by, direction_confidence,"
                            + " timing, recurrence, proposed_action, author, model_version,"
                            + " created_at) VALUES (:publicId, :orderId, :submission, :title, :body,"
                            + " 'ENGINEERING', :unit, 'PERSON', 0.8, :type, 'CLASSIFIER', 0.7,"
                            + " :direction, 'CLASSIFIER', 0.6, :timing, :recurrence, :action,"
                            + " 'Ada Author', 1, :created)")
                    .bind("publicId", UUID.randomUUID().toString())
                    .bind("orderId", orderId)
                    .bind("submission", UUID.randomUUID().toString())
                    .bind("title", l.title())
                    .bind("body", l.body())
                    .bind("unit", l.unit().name())
                    .bind("type", l.type().name())
                    .bind("direction", l.direction().name())
                    .bind("timing", l.timing().name())
                    .bind("recurrence", l.recurrence().name())
                    .bind("action", l.action().orElse(null))
                    .bind("created", l.createdAt())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
  }

  public void similar(long lessonId, long earlierId, double score) {
    database
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO lesson_similar (lesson_id, earlier_id, score) VALUES (:l, :e,"
                            + " :s)")
                    .bind("l", lessonId)
                    .bind("e", earlierId)
                    .bind("s", score)
                    .execute());
  }
}
