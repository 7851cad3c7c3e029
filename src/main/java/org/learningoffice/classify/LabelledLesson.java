package org.learningoffice.classify;

import java.util.Objects;

/**
 * A lesson with the labels a person gave it: training and evaluation data.
 *
 * @param group who wrote it (a writing batch of a labelled file, {@code g1}…), or empty when
 *     unknown (a lesson confirmed on the form): grouped cross-validation holds a whole group out
 */
public record LabelledLesson(String id, LessonInput input, FacetLabels gold, String group) {

  public LabelledLesson {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(group, "group");
  }

  /** A lesson of no known group. */
  public LabelledLesson(String id, LessonInput input, FacetLabels gold) {
    this(id, input, gold, "");
  }
}
