package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;

/**
 * Lessons with their orders, read for features that keep their own rows about lessons (proposed
 * actions) and for "one year ago this week".
 */
public final class LessonLookup {
  /** A lesson worth recalling, with how many later lessons said much the same. */
  public record Recalled(LessonWithOrder lesson, int laterAlike) {}

  private final Jdbi jdbi;

  @Inject
  public LessonLookup(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The lessons with these ids and their orders, in id order; ids without a lesson are skipped. */
  public List<LessonWithOrder> withOrders(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(LessonWithOrder.SELECT + " WHERE l.id IN (<ids>) ORDER BY l.id")
                .bindList("ids", List.copyOf(ids))
                .map(LessonWithOrder.MAPPER)
                .list());
  }

  /** The lesson with this public id, with its order. */
  public Optional<LessonWithOrder> byPublicId(String publicId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(LessonWithOrder.SELECT + " WHERE l.public_id = :id")
                .bind("id", publicId)
                .map(LessonWithOrder.MAPPER)
                .findOne());
  }

  /**
   * The one lesson captured in {@code [start, end)} most worth recalling: a recurrent one first (it
   * was learned more than once), then the one most later lessons said again, then the first
   * captured. When lessons get "helped" votes, their count belongs first in this ranking.
   */
  public Optional<Recalled> worthRecalling(Instant start, Instant end) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT * FROM ("
                        + LessonWithOrder.SELECT.replaceFirst(
                            " FROM lessons l",
                            ", (SELECT COUNT(*) FROM lesson_similar s WHERE s.earlier_id = l.id)"
                                + " AS later_alike FROM lessons l")
                        + " WHERE l.created_at >= :start AND l.created_at < :end) r"
                        + " ORDER BY CASE WHEN r.recurrence = 'RECURRENT' THEN 0 ELSE 1 END,"
                        + " r.later_alike DESC, r.created_at, r.id FETCH FIRST 1 ROWS ONLY")
                .bind("start", start)
                .bind("end", end)
                .map(
                    (rs, ctx) ->
                        new Recalled(LessonWithOrder.MAPPER.map(rs, ctx), rs.getInt("later_alike")))
                .findOne());
  }
}
