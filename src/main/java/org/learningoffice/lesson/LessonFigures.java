package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * Grouped counts of the lessons a {@link LessonSearch.Filter} matches, for the office dashboard's
 * matrix and charts: each one SQL aggregate over an index range, never a loop over lessons.
 */
public final class LessonFigures {
  /** Closed orders of one strategy and priority class, and the matching lessons on them. */
  public record OrderGroup(
      Strategy strategy, PriorityClass priorityClass, int orders, int lessons) {}

  /**
   * The newest matching lessons marked recurrent (at most the asked number), with the earlier
   * lessons recorded as similar to them; {@code more} when there were more.
   */
  public record Recurrent(
      List<LessonWithOrder> lessons, List<SimilarEarlier> earlier, boolean more) {
    public Recurrent {
      lessons = List.copyOf(lessons);
      earlier = List.copyOf(earlier);
    }
  }

  private final Database database;

  @Inject
  public LessonFigures(Database database) {
    this.database = database;
  }

  /**
   * Matching lessons per unit and type in each of the consecutive ranges the {@code bounds} make (n
   * + 1 bounds, n ranges, oldest first): one grouped count over the created-at index, each lesson
   * put in its range by a {@code CASE}. The filter's own time range is replaced.
   */
  public List<Map<Unit, Map<LessonType, Integer>>> unitTypeCounts(
      LessonSearch.Filter filter, List<Instant> bounds) {
    if (bounds.size() < 2) {
      throw new IllegalArgumentException("at least two bounds make a range");
    }
    int ranges = bounds.size() - 1;
    FilterSql where = FilterSql.of(filter.between(bounds.get(0), bounds.get(ranges)));
    StringBuilder bucket = new StringBuilder("CASE");
    for (int i = 1; i < ranges; i++) {
      bucket.append(" WHEN l.created_at < :b").append(i).append(" THEN ").append(i - 1);
    }
    bucket.append(" ELSE ").append(ranges - 1).append(" END");
    String sql =
        "SELECT r, unit, lesson_type, COUNT(*) AS n FROM (SELECT "
            + bucket
            + " AS r, l.unit, l.lesson_type FROM lessons l"
            + (where.onOrder() ? " JOIN orders o ON o.id = l.order_id" : "")
            + where.where()
            + ") t GROUP BY r, unit, lesson_type";
    List<Map<Unit, Map<LessonType, Integer>>> counts = new ArrayList<>();
    for (int i = 0; i < ranges; i++) {
      counts.add(new EnumMap<>(Unit.class));
    }
    database
        .jdbi()
        .useHandle(
            h -> {
              var query = h.createQuery(sql).bindMap(where.params());
              for (int i = 1; i < ranges; i++) {
                query.bind("b" + i, bounds.get(i));
              }
              query
                  .map(
                      (rs, ctx) -> {
                        counts
                            .get(rs.getInt("r"))
                            .computeIfAbsent(
                                Unit.valueOf(rs.getString("unit")),
                                u -> new EnumMap<>(LessonType.class))
                            .put(LessonType.valueOf(rs.getString("lesson_type")), rs.getInt("n"));
                        return 0;
                      })
                  .list();
            });
    return counts;
  }

  /**
   * The orders closed in {@code [from, until)} and not reopened since that the filter's order
   * facets admit, grouped by strategy and priority class, with how many of their lessons (captured
   * at any time) match the filter's lesson facets: one grouped query over the closed-at index, the
   * lessons counted per order through their order index.
   */
  public List<OrderGroup> perClosedOrder(LessonSearch.Filter filter, Instant from, Instant until) {
    FilterSql where = FilterSql.of(filter.anyTime());
    List<String> orderFacets = new ArrayList<>();
    filter.strategy().ifPresent(s -> orderFacets.add(" AND o.strategy = :strategy"));
    filter.priorityClass().ifPresent(p -> orderFacets.add(" AND o.priority_class = :priority"));
    String sql =
        "SELECT strategy, priority_class, COUNT(*) AS orders, SUM(n) AS lessons FROM ("
            + "SELECT o.strategy, o.priority_class,"
            + " (SELECT COUNT(*) FROM lessons l WHERE l.order_id = o.id"
            + where.and()
            + ") AS n FROM orders o WHERE o.closed_at >= :closedFrom AND o.closed_at < :closedUntil"
            + " AND o.status = 'CLOSED'"
            + String.join("", orderFacets)
            + ") t GROUP BY strategy, priority_class ORDER BY strategy, priority_class";
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(sql)
                    .bindMap(where.params())
                    .bind("closedFrom", from)
                    .bind("closedUntil", until)
                    .map(
                        (rs, ctx) ->
                            new OrderGroup(
                                Strategy.valueOf(rs.getString("strategy")),
                                PriorityClass.valueOf(rs.getString("priority_class")),
                                rs.getInt("orders"),
                                rs.getInt("lessons")))
                    .list());
  }

  /**
   * The newest {@code limit} lessons the filter matches that are marked recurrent, and the earlier
   * lessons similar to them (two queries, the second by the lessons' ids).
   */
  public Recurrent recurrent(LessonSearch.Filter filter, int limit) {
    FilterSql where = FilterSql.of(filter);
    String sql =
        LessonWithOrder.SELECT
            + " WHERE l.recurrence = 'RECURRENT'"
            + where.and()
            + " ORDER BY l.created_at DESC, l.id DESC LIMIT :limit";
    return database.jdbi().withHandle(h -> recurrent(h, sql, where, limit));
  }

  private static Recurrent recurrent(Handle h, String sql, FilterSql where, int limit) {
    List<LessonWithOrder> found =
        h.createQuery(sql)
            .bindMap(where.params())
            .bind("limit", limit + 1)
            .map(LessonWithOrder.MAPPER)
            .list();
    boolean more = found.size() > limit;
    List<LessonWithOrder> listed = more ? found.subList(0, limit) : found;
    return new Recurrent(
        listed, SimilarEarlier.of(h, listed.stream().map(l -> l.lesson().id()).toList()), more);
  }
}
