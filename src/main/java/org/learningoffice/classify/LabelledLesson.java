package org.learningoffice.classify;

import java.util.Objects;

/** A lesson with the labels a person gave it: training and evaluation data. */
public record LabelledLesson(String id, LessonInput input, FacetLabels gold) {

  public LabelledLesson {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(gold, "gold");
  }
}
