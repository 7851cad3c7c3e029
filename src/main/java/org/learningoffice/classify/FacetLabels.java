package org.learningoffice.classify;

import java.util.Objects;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/** One label per predicted facet, as a person gave them (gold) or confirmed them on the form. */
public record FacetLabels(Unit unit, LessonType type, Direction direction) {

  public FacetLabels {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(direction, "direction");
  }

  /** The wire name of the label for one facet. */
  public String label(Facet facet) {
    return switch (facet) {
      case UNIT -> unit.name();
      case TYPE -> type.name();
      case DIRECTION -> direction.name();
    };
  }
}
