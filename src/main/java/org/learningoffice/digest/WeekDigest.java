package org.learningoffice.digest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.learningoffice.taxonomy.Unit;

/**
 * A week's digest for everyone, with each unit's newest lessons of the week, from which the view of
 * a unit's recipients is made.
 */
public record WeekDigest(Digest digest, Map<Unit, List<DigestLesson>> unitLessons) {
  public WeekDigest {
    Map<Unit, List<DigestLesson>> copy = new EnumMap<>(Unit.class);
    unitLessons.forEach((unit, lessons) -> copy.put(unit, List.copyOf(lessons)));
    unitLessons = java.util.Collections.unmodifiableMap(copy);
  }

  /** The digest as a recipient of one unit sees it: that unit's lessons first. */
  public Digest forUnit(Unit unit) {
    return digest.focusedOn(unit, unitLessons.getOrDefault(unit, List.of()));
  }
}
