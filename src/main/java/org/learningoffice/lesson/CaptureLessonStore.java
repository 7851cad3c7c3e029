package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;

/**
 * What capture's Jira side reads and marks on {@code lessons}: how many an order has, and which are
 * still to be written back to its ticket. A write-back job first claims the order's new lessons, so
 * that its retries write back the same ones, and marks them written back at the end.
 */
public final class CaptureLessonStore {
  /** The lessons of an order in numbers, as the issue property shows them. */
  public record Tally(int lessons, List<String> units, List<String> types, List<Lesson> newest) {
    public Tally {
      units = List.copyOf(new TreeSet<>(units));
      types = List.copyOf(new TreeSet<>(types));
      newest = List.copyOf(newest);
    }
  }

  /** How many of an order's newest lessons the tally carries (the property stays small). */
  static final int NEWEST = 10;

  private static final LessonRowMapper LESSONS = new LessonRowMapper();

  private final Jdbi jdbi;

  @Inject
  public CaptureLessonStore(Database database) {
    this.jdbi = database.jdbi();
  }

  public Tally tally(long orderId) {
    return jdbi.withHandle(
        h -> {
          int count =
              h.createQuery("SELECT COUNT(*) FROM lessons WHERE order_id = :order")
                  .bind("order", orderId)
                  .mapTo(Integer.class)
                  .one();
          Set<String> units = new TreeSet<>();
          Set<String> types = new TreeSet<>();
          h.createQuery("SELECT DISTINCT unit, lesson_type FROM lessons WHERE order_id = :order")
              .bind("order", orderId)
              .map(
                  (rs, ctx) -> {
                    units.add(rs.getString("unit"));
                    types.add(rs.getString("lesson_type"));
                    return 1;
                  })
              .list();
          List<Lesson> newest =
              h.createQuery(
                      "SELECT "
                          + LessonRowMapper.COLUMNS
                          + " FROM lessons WHERE order_id = :order"
                          + " ORDER BY created_at DESC, id DESC FETCH FIRST :n ROWS ONLY")
                  .bind("order", orderId)
                  .bind("n", NEWEST)
                  .map(LESSONS)
                  .list();
          return new Tally(count, List.copyOf(units), List.copyOf(types), newest);
        });
  }

  /** Takes the order's lessons that no write-back has taken yet into this job; returns how many. */
  public int claim(long orderId, long jobId) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "UPDATE lessons SET write_back_job = :job WHERE order_id = :order"
                        + " AND written_back_at IS NULL AND write_back_job IS NULL")
                .bind("job", jobId)
                .bind("order", orderId)
                .execute());
  }

  /** The lessons this job took and has not finished writing back, oldest first. */
  public List<Lesson> claimedBy(long jobId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + LessonRowMapper.COLUMNS
                        + " FROM lessons WHERE write_back_job = :job AND written_back_at IS NULL"
                        + " ORDER BY created_at, id")
                .bind("job", jobId)
                .map(LESSONS)
                .list());
  }

  /** Marks this job's lessons written back. */
  public void markWrittenBack(long jobId, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE lessons SET written_back_at = :at WHERE write_back_job = :job"
                        + " AND written_back_at IS NULL")
                .bind("at", at)
                .bind("job", jobId)
                .execute());
  }
}
