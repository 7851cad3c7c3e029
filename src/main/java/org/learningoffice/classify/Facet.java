package org.learningoffice.classify;

import java.util.Arrays;
import java.util.List;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/** A predicted facet of a lesson and its closed set of labels. */
public enum Facet {
  UNIT(Unit.class),
  TYPE(LessonType.class),
  DIRECTION(Direction.class);

  private final List<String> labels;

  Facet(Class<? extends Enum<?>> vocabulary) {
    this.labels = Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).toList();
  }

  /** The labels of this facet in declaration order, as wire names. */
  public List<String> labels() {
    return labels;
  }

  /**
   * Key used in JSON output and the vocabulary file: {@code unit}, {@code type}, {@code direction}.
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
