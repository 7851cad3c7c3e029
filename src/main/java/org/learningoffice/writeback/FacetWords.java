package org.learningoffice.writeback;

import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/** The facets in the plain words comments on a ticket use ("front office · exploitation"). */
public final class FacetWords {
  private FacetWords() {}

  public static String unit(Unit unit) {
    return switch (unit) {
      case FRONT_OFFICE -> "front office";
      case BACK_OFFICE -> "back office";
      case BETWEEN -> "between front and back office";
    };
  }

  public static String type(LessonType type) {
    return switch (type) {
      case EXPLOITATION -> "exploitation";
      case EXPLORATION -> "exploration";
    };
  }

  public static String direction(Direction direction) {
    return switch (direction) {
      case FROM -> "learning from orders";
      case FOR -> "learning for orders";
    };
  }
}
