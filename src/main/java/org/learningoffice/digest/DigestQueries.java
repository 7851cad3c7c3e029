package org.learningoffice.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRowMapper;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * The SQL behind the digest: every query reads a time range of {@code orders} and {@code lessons}.
 */
final class DigestQueries {
  private static final LessonRowMapper LESSONS = new LessonRowMapper();

  /** An order that closed in the range, with how many lessons it has and when the first came. */
  record ClosedOrder(
      long id,
      String issueId,
      String issueKey,
      String summary,
      Strategy strategy,
      PriorityClass priorityClass,
      Instant closedAt,
      int lessons,
      Optional<Instant> firstLessonAt) {}

  /** A stored lesson with the order facts the digest shows next to it. */
  record LessonWithOrder(
      Lesson lesson,
      String issueKey,
      String summary,
      Strategy strategy,
      PriorityClass priorityClass) {}

  /** An earlier lesson similar to one of the range. */
  record Similar(
      long lessonId,
      double score,
      String title,
      Instant createdAt,
      String issueKey,
      String summary,
      Strategy strategy,
      PriorityClass priorityClass) {}

  private final Handle handle;

  DigestQueries(Handle handle) {
    this.handle = handle;
  }

  List<ClosedOrder> closedOrders(Instant start, Instant end) {
    return handle
        .createQuery(
            // correlated subqueries, not a join: they probe lessons_order_idx per closed order,
            // where a join lets PostgreSQL hash the whole lessons table
            "SELECT o.id, o.issue_id, o.issue_key, o.summary, o.strategy, o.priority_class,"
                + " o.closed_at,"
                + " (SELECT COUNT(*) FROM lessons l WHERE l.order_id = o.id) AS lessons,"
                + " (SELECT MIN(l.created_at) FROM lessons l WHERE l.order_id = o.id)"
                + " AS first_lesson"
                + " FROM orders o WHERE o.closed_at >= :start AND o.closed_at < :end"
                + " ORDER BY o.closed_at, o.issue_key")
        .bind("start", start)
        .bind("end", end)
        .map(
            (rs, ctx) ->
                new ClosedOrder(
                    rs.getLong("id"),
                    rs.getString("issue_id"),
                    rs.getString("issue_key"),
                    rs.getString("summary"),
                    Strategy.valueOf(rs.getString("strategy")),
                    PriorityClass.valueOf(rs.getString("priority_class")),
                    instant(rs, "closed_at").orElseThrow(),
                    rs.getInt("lessons"),
                    instant(rs, "first_lesson")))
        .list();
  }

  List<LessonWithOrder> lessons(Instant start, Instant end) {
    return lessonsWhere("TRUE", "ORDER BY l.created_at, l.id", start, end);
  }

  /**
   * The newest {@code limit} lessons of the range that match {@code condition} (SQL over {@code l},
   * the lesson, and {@code o}, its order), in capture order.
   */
  List<LessonWithOrder> newest(String condition, int limit, Instant start, Instant end) {
    List<LessonWithOrder> rows =
        new java.util.ArrayList<>(
            lessonsWhere(
                condition, "ORDER BY l.created_at DESC, l.id DESC LIMIT " + limit, start, end));
    java.util.Collections.reverse(rows);
    return rows;
  }

  /** The first lesson of the range, in capture order, that matches and is not excluded. */
  Optional<LessonWithOrder> first(
      String condition, java.util.Collection<Long> excluded, Instant start, Instant end) {
    String notExcluded =
        excluded.isEmpty()
            ? ""
            : " AND l.id NOT IN ("
                + String.join(",", excluded.stream().map(String::valueOf).toList())
                + ")";
    return lessonsWhere(condition + notExcluded, "ORDER BY l.created_at, l.id LIMIT 1", start, end)
        .stream()
        .findFirst();
  }

  /** Lessons of the range that match {@code condition} (over {@code l} only), counted in SQL. */
  int count(String condition, Instant start, Instant end) {
    return handle
        .createQuery(
            // no join: the count needs the lesson alone, and the range index serves it
            "SELECT COUNT(*) FROM lessons l"
                + " WHERE l.created_at >= :start AND l.created_at < :end AND ("
                + condition
                + ")")
        .bind("start", start)
        .bind("end", end)
        .mapTo(Integer.class)
        .one();
  }

  /** How many of the range's lessons were written while their order ran. */
  int realTimeCount(Instant start, Instant end) {
    return count("l.timing = 'REAL_TIME'", start, end);
  }

  /** The orders the range's lessons belong to (only the columns a ticket link shows). */
  List<OrderRow> ordersOfLessons(Instant start, Instant end) {
    return handle
        .createQuery(
            "SELECT DISTINCT o.issue_key, o.summary, o.strategy, o.priority_class"
                + " FROM lessons l JOIN orders o ON o.id = l.order_id"
                + " WHERE l.created_at >= :start AND l.created_at < :end")
        .bind("start", start)
        .bind("end", end)
        .map(
            (rs, ctx) ->
                new OrderRow(
                    rs.getString("issue_key"),
                    rs.getString("summary"),
                    Strategy.valueOf(rs.getString("strategy")),
                    PriorityClass.valueOf(rs.getString("priority_class"))))
        .list();
  }

  /** The order columns a ticket link shows. */
  record OrderRow(
      String issueKey, String summary, Strategy strategy, PriorityClass priorityClass) {}

  private List<LessonWithOrder> lessonsWhere(
      String condition, String orderAndLimit, Instant start, Instant end) {
    String columns = "l." + LessonRowMapper.COLUMNS.replace(", ", ", l.");
    return handle
        .createQuery(
            "SELECT "
                + columns
                + ", o.issue_key AS o_issue_key, o.summary AS o_summary,"
                + " o.strategy AS o_strategy, o.priority_class AS o_priority_class"
                + " FROM lessons l JOIN orders o ON o.id = l.order_id"
                + " WHERE l.created_at >= :start AND l.created_at < :end AND ("
                + condition
                + ") "
                + orderAndLimit)
        .bind("start", start)
        .bind("end", end)
        .map(
            (rs, ctx) ->
                new LessonWithOrder(
                    LESSONS.map(rs, ctx),
                    rs.getString("o_issue_key"),
                    rs.getString("o_summary"),
                    Strategy.valueOf(rs.getString("o_strategy")),
                    PriorityClass.valueOf(rs.getString("o_priority_class"))))
        .list();
  }

  /**
   * Lessons per unit and type in each of the given consecutive ranges, in one scan of their span
   * (one index range scan instead of one per week).
   */
  List<Map<Unit, Map<LessonType, Integer>>> unitTypeCounts(List<Instant> bounds) {
    int ranges = bounds.size() - 1;
    StringBuilder sql = new StringBuilder("SELECT unit, lesson_type");
    for (int i = 0; i < ranges; i++) {
      sql.append(", SUM(CASE WHEN created_at >= :b")
          .append(i)
          .append(" AND created_at < :b")
          .append(i + 1)
          .append(" THEN 1 ELSE 0 END) AS n")
          .append(i);
    }
    sql.append(" FROM lessons WHERE created_at >= :b0 AND created_at < :b")
        .append(ranges)
        .append(" GROUP BY unit, lesson_type");
    List<Map<Unit, Map<LessonType, Integer>>> counts = new java.util.ArrayList<>();
    for (int i = 0; i < ranges; i++) {
      counts.add(new EnumMap<>(Unit.class));
    }
    var query = handle.createQuery(sql.toString());
    for (int i = 0; i < bounds.size(); i++) {
      query.bind("b" + i, bounds.get(i));
    }
    query
        .map(
            (rs, ctx) -> {
              Unit unit = Unit.valueOf(rs.getString("unit"));
              LessonType type = LessonType.valueOf(rs.getString("lesson_type"));
              for (int i = 0; i < ranges; i++) {
                counts
                    .get(i)
                    .computeIfAbsent(unit, u -> new EnumMap<>(LessonType.class))
                    .put(type, rs.getInt("n" + i));
              }
              return 1;
            })
        .list();
    return counts;
  }

  /** Earlier lessons similar to the range's lessons, best match first for each. */
  List<Similar> similarToLessonsOf(Instant start, Instant end) {
    return handle
        .createQuery(
            "SELECT s.lesson_id, s.score, e.title, e.created_at, o.issue_key, o.summary,"
                + " o.strategy, o.priority_class"
                + " FROM lessons l JOIN lesson_similar s ON s.lesson_id = l.id"
                + " JOIN lessons e ON e.id = s.earlier_id JOIN orders o ON o.id = e.order_id"
                + " WHERE l.created_at >= :start AND l.created_at < :end"
                + " ORDER BY s.lesson_id, s.score DESC, e.created_at DESC")
        .bind("start", start)
        .bind("end", end)
        .map(
            (rs, ctx) ->
                new Similar(
                    rs.getLong("lesson_id"),
                    rs.getDouble("score"),
                    rs.getString("title"),
                    instant(rs, "created_at").orElseThrow(),
                    rs.getString("issue_key"),
                    rs.getString("summary"),
                    Strategy.valueOf(rs.getString("strategy")),
                    PriorityClass.valueOf(rs.getString("priority_class"))))
        .list();
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? Optional.empty() : Optional.of(value.toInstant());
  }
}
