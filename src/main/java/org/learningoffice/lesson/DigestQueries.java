package org.learningoffice.lesson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * The SQL behind the digest: every query reads a time range of {@code orders} and {@code lessons}.
 */
public final class DigestQueries {
  /** An order that closed in the range, with how many lessons it has and when the first came. */
  public record ClosedOrder(
      long id,
      String issueId,
      String issueKey,
      String summary,
      Strategy strategy,
      PriorityClass priorityClass,
      Instant closedAt,
      int lessons,
      Optional<Instant> firstLessonAt) {}

  private final Handle handle;

  public DigestQueries(Handle handle) {
    this.handle = handle;
  }

  public List<ClosedOrder> closedOrders(Instant start, Instant end) {
    return handle
        .createQuery(
            // correlated subqueries, not a join: they probe lessons_order_created_idx per closed
            // order, where a join lets PostgreSQL hash the whole lessons table; an order reopened
            // since its last close is open, not closed
            "SELECT o.id, o.issue_id, o.issue_key, o.summary, o.strategy, o.priority_class,"
                + " o.closed_at,"
                + " (SELECT COUNT(*) FROM lessons l WHERE l.order_id = o.id) AS lessons,"
                + " (SELECT MIN(l.created_at) FROM lessons l WHERE l.order_id = o.id)"
                + " AS first_lesson"
                + " FROM orders o WHERE o.closed_at >= :start AND o.closed_at < :end"
                + " AND o.status = 'CLOSED'"
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

  /**
   * The newest {@code limit} lessons of the range that match {@code condition} (SQL over {@code l},
   * the lesson, and {@code o}, its order), in capture order.
   */
  public List<LessonWithOrder> newest(String condition, int limit, Instant start, Instant end) {
    List<LessonWithOrder> rows =
        new java.util.ArrayList<>(
            lessonsWhere(
                condition, "ORDER BY l.created_at DESC, l.id DESC LIMIT " + limit, start, end));
    java.util.Collections.reverse(rows);
    return rows;
  }

  /** The first lesson of the range, in capture order, that matches and is not excluded. */
  public Optional<LessonWithOrder> first(
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

  /**
   * How many of the range's lessons match each condition (SQL over {@code l}, the lesson alone), in
   * one scan of the range; the counts come in the order of the conditions.
   */
  public List<Integer> counts(List<String> conditions, Instant start, Instant end) {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < conditions.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("SUM(CASE WHEN ")
          .append(conditions.get(i))
          .append(" THEN 1 ELSE 0 END) AS c")
          .append(i);
    }
    // no join: the counts need the lesson alone, and the range index serves them
    sql.append(" FROM lessons l WHERE l.created_at >= :start AND l.created_at < :end");
    return handle
        .createQuery(sql.toString())
        .bind("start", start)
        .bind("end", end)
        .map(
            (rs, ctx) -> {
              List<Integer> counts = new java.util.ArrayList<>();
              for (int i = 0; i < conditions.size(); i++) {
                counts.add(rs.getInt("c" + i)); // SUM over no rows is NULL: getInt reads 0
              }
              return counts;
            })
        .one();
  }

  /** The ids of the range's lessons, in capture order. */
  public List<Long> lessonIds(Instant start, Instant end) {
    return handle
        .createQuery(
            "SELECT id FROM lessons WHERE created_at >= :start AND created_at < :end"
                + " ORDER BY created_at, id")
        .bind("start", start)
        .bind("end", end)
        .mapTo(Long.class)
        .list();
  }

  /** The orders that got a lesson in the range, by id. */
  public Set<Long> ordersWithLessons(Instant start, Instant end) {
    return handle
        .createQuery(
            "SELECT DISTINCT order_id FROM lessons WHERE created_at >= :start AND created_at < :end")
        .bind("start", start)
        .bind("end", end)
        .mapTo(Long.class)
        .collectIntoSet();
  }

  /** The ticket columns of the given orders, in the order of their ids. */
  public List<OrderRow> orders(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return handle
        .createQuery(
            "SELECT issue_key, summary, strategy, priority_class FROM orders WHERE id IN (<ids>)"
                + " ORDER BY id")
        .bindList("ids", List.copyOf(ids))
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
  public record OrderRow(
      String issueKey, String summary, Strategy strategy, PriorityClass priorityClass) {}

  private List<LessonWithOrder> lessonsWhere(
      String condition, String orderAndLimit, Instant start, Instant end) {
    return handle
        .createQuery(
            LessonWithOrder.SELECT
                + " WHERE l.created_at >= :start AND l.created_at < :end AND ("
                + condition
                + ") "
                + orderAndLimit)
        .bind("start", start)
        .bind("end", end)
        .map(LessonWithOrder.MAPPER)
        .list();
  }

  /** Lessons of one unit and type. */
  private record Cell(Unit unit, LessonType type, int lessons) {}

  /**
   * Lessons per unit and type in each of the given consecutive ranges: one grouped count per range,
   * each an index range scan, because putting each lesson of one scan in its range with a {@code
   * CASE} costs more than the extra scans (docs/benchmarks.md, digest build).
   */
  public List<Map<Unit, Map<LessonType, Integer>>> unitTypeCounts(List<Instant> bounds) {
    List<Map<Unit, Map<LessonType, Integer>>> counts = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < bounds.size(); i++) {
      Map<Unit, Map<LessonType, Integer>> range = new EnumMap<>(Unit.class);
      handle
          .createQuery(
              "SELECT unit, lesson_type, COUNT(*) AS n FROM lessons"
                  + " WHERE created_at >= :start AND created_at < :end GROUP BY unit, lesson_type")
          .bind("start", bounds.get(i))
          .bind("end", bounds.get(i + 1))
          .map(
              (rs, ctx) ->
                  new Cell(
                      Unit.valueOf(rs.getString("unit")),
                      LessonType.valueOf(rs.getString("lesson_type")),
                      rs.getInt("n")))
          .forEach(
              cell ->
                  range
                      .computeIfAbsent(cell.unit(), u -> new EnumMap<>(LessonType.class))
                      .put(cell.type(), cell.lessons()));
      counts.add(range);
    }
    return counts;
  }

  /** Earlier lessons similar to the given lessons, best match first for each. */
  public List<SimilarEarlier> similarTo(java.util.Collection<Long> lessonIds) {
    return SimilarEarlier.of(handle, lessonIds);
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? Optional.empty() : Optional.of(value.toInstant());
  }
}
