package org.learningoffice.classify;

import java.util.Objects;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/** Suggestions for the three predicted facets of one lesson. */
public record Classification(
    FacetSuggestion<Unit> unit,
    FacetSuggestion<LessonType> type,
    FacetSuggestion<Direction> direction) {

  public Classification {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(direction, "direction");
  }

  /** The suggestion for one facet. */
  public FacetSuggestion<?> get(Facet facet) {
    return switch (facet) {
      case UNIT -> unit;
      case TYPE -> type;
      case DIRECTION -> direction;
    };
  }
}
