package org.learningoffice.lesson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/**
 * An earlier lesson recorded as saying much the same as a later one (a row of {@code
 * lesson_similar}), with the order it was captured on.
 */
public record SimilarEarlier(
    long laterLessonId,
    String publicId,
    String title,
    Instant createdAt,
    double score,
    String issueKey,
    String summary,
    Strategy strategy,
    PriorityClass priorityClass) {

  /** The earlier lessons similar to each of the given lessons, most similar first for each. */
  static List<SimilarEarlier> of(Handle handle, Collection<Long> laterLessonIds) {
    if (laterLessonIds.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT s.lesson_id, s.score, e.public_id, e.title, e.created_at, o.issue_key,"
                + " o.summary, o.strategy, o.priority_class"
                + " FROM lesson_similar s JOIN lessons e ON e.id = s.earlier_id"
                + " JOIN orders o ON o.id = e.order_id"
                + " WHERE s.lesson_id IN (<ids>)"
                + " ORDER BY s.lesson_id, s.score DESC, e.created_at DESC, e.id")
        .bindList("ids", List.copyOf(laterLessonIds))
        .map((rs, ctx) -> map(rs))
        .list();
  }

  private static SimilarEarlier map(ResultSet rs) throws SQLException {
    return new SimilarEarlier(
        rs.getLong("lesson_id"),
        rs.getString("public_id"),
        rs.getString("title"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getDouble("score"),
        rs.getString("issue_key"),
        rs.getString("summary"),
        Strategy.valueOf(rs.getString("strategy")),
        PriorityClass.valueOf(rs.getString("priority_class")));
  }
}
