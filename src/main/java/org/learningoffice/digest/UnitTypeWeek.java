package org.learningoffice.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/** How many lessons of each unit and type one ISO week captured. */
public record UnitTypeWeek(IsoWeek week, Map<Unit, Map<LessonType, Integer>> counts) {
  public UnitTypeWeek {
    Map<Unit, Map<LessonType, Integer>> copy = new EnumMap<>(Unit.class);
    counts.forEach((unit, types) -> copy.put(unit, Map.copyOf(types)));
    counts = Map.copyOf(copy);
  }

  /**
   * The {@code weeks} ISO weeks up to {@code last}, oldest first, each with its counts: {@code
   * count} gets the weeks' bounds in {@code zone} (each week's start, then the last week's end) and
   * answers one count per week.
   */
  public static List<UnitTypeWeek> series(
      IsoWeek last,
      int weeks,
      ZoneId zone,
      Function<List<Instant>, List<Map<Unit, Map<LessonType, Integer>>>> count) {
    IsoWeek first = last.minus(weeks - 1);
    List<Instant> bounds = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      bounds.add(first.plus(i).start(zone));
    }
    bounds.add(last.end(zone));
    List<Map<Unit, Map<LessonType, Integer>>> counts = count.apply(bounds);
    List<UnitTypeWeek> series = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      series.add(new UnitTypeWeek(first.plus(i), counts.get(i)));
    }
    return series;
  }

  /** Lessons of one unit and type; 0 where there were none. */
  public int count(Unit unit, LessonType type) {
    return counts.getOrDefault(unit, Map.of()).getOrDefault(type, 0);
  }

  /** Lessons of the week. */
  public int total() {
    return counts.values().stream()
        .flatMap(types -> types.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }
}
