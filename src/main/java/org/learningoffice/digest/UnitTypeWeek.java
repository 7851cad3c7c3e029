package org.learningoffice.digest;

import java.util.EnumMap;
import java.util.Map;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/** How many lessons of each unit and type one ISO week captured. */
public record UnitTypeWeek(IsoWeek week, Map<Unit, Map<LessonType, Integer>> counts) {
  public UnitTypeWeek {
    Map<Unit, Map<LessonType, Integer>> copy = new EnumMap<>(Unit.class);
    counts.forEach((unit, types) -> copy.put(unit, Map.copyOf(types)));
    counts = Map.copyOf(copy);
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
