package org.learningoffice.digest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.learningoffice.digest.Digest.BalanceTrend;
import org.learningoffice.digest.Digest.MatrixCell;
import org.learningoffice.digest.Digest.RateRow;
import org.learningoffice.digest.Digest.Totals;
import org.learningoffice.digest.Digest.WeekShare;
import org.learningoffice.lesson.DigestQueries.ClosedOrder;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/**
 * The digest's figures computed from what the store counted: totals and capture delays, the unit ×
 * type matrix against recent weeks, the exploration balance and the capture rates by group. Pure
 * functions of their arguments, so the digest's arithmetic is tested without a database.
 */
final class WeekFigures {
  private WeekFigures() {}

  static int total(Map<Unit, Map<LessonType, Integer>> counts) {
    return counts.values().stream()
        .flatMap(byType -> byType.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }

  static Totals totals(List<ClosedOrder> closed, int captured, int realTime) {
    List<Duration> delays = new ArrayList<>();
    for (ClosedOrder order : closed) {
      order
          .firstLessonAt()
          .ifPresent(
              first -> {
                Duration delay = Duration.between(order.closedAt(), first);
                // A lesson written while the order ran (real time) took no time after the close.
                delays.add(delay.isNegative() ? Duration.ZERO : delay);
              });
    }
    delays.sort(Comparator.naturalOrder());
    Optional<Duration> median = Optional.empty();
    if (!delays.isEmpty()) {
      int mid = delays.size() / 2;
      median =
          Optional.of(
              delays.size() % 2 == 1
                  ? delays.get(mid)
                  : delays.get(mid - 1).plus(delays.get(mid)).dividedBy(2));
    }
    return new Totals(
        closed.size(),
        captured,
        (int) closed.stream().filter(o -> o.lessons() > 0).count(),
        median,
        realTime,
        captured - realTime);
  }

  private static int count(Map<Unit, Map<LessonType, Integer>> counts, Unit u, LessonType t) {
    return counts.getOrDefault(u, Map.of()).getOrDefault(t, 0);
  }

  static List<MatrixCell> matrix(
      IsoWeek week, Map<IsoWeek, Map<Unit, Map<LessonType, Integer>>> history) {
    List<MatrixCell> cells = new ArrayList<>();
    for (Unit unit : Unit.values()) {
      for (LessonType type : LessonType.values()) {
        int before = 0;
        for (int back = 1; back <= DigestBuilder.MATRIX_BASELINE_WEEKS; back++) {
          before += count(history.get(week.minus(back)), unit, type);
        }
        cells.add(
            new MatrixCell(
                unit,
                type,
                count(history.get(week), unit, type),
                (double) before / DigestBuilder.MATRIX_BASELINE_WEEKS));
      }
    }
    return cells;
  }

  static List<BalanceTrend> balance(Map<IsoWeek, Map<Unit, Map<LessonType, Integer>>> history) {
    List<BalanceTrend> trends = new ArrayList<>();
    for (Unit unit : Unit.values()) {
      List<WeekShare> weeks = new ArrayList<>();
      history.forEach(
          (week, counts) -> {
            int exploration = count(counts, unit, LessonType.EXPLORATION);
            int exploitation = count(counts, unit, LessonType.EXPLOITATION);
            weeks.add(new WeekShare(week, exploration, exploration + exploitation));
          });
      if (weeks.stream().anyMatch(w -> w.total() > 0)) {
        trends.add(new BalanceTrend(unit, weeks));
      }
    }
    return trends;
  }

  /**
   * Lessons per closed order by group, each group by its code (EXPEDITED, ETO), as the digest's
   * JSON has always carried it; the renderings name it as people read it ({@link Labels#value}).
   */
  static List<RateRow> rates(
      List<ClosedOrder> closed, Function<ClosedOrder, Enum<?>> group, Enum<?>[] groups) {
    Map<Enum<?>, int[]> byGroup = new LinkedHashMap<>();
    for (Enum<?> g : groups) {
      byGroup.put(g, new int[2]);
    }
    for (ClosedOrder order : closed) {
      int[] sums = byGroup.get(group.apply(order));
      sums[0]++;
      sums[1] += order.lessons();
    }
    List<RateRow> rows = new ArrayList<>();
    byGroup.forEach(
        (g, sums) -> {
          if (sums[0] > 0) {
            rows.add(new RateRow(g.name(), sums[0], sums[1]));
          }
        });
    return rows;
  }
}
