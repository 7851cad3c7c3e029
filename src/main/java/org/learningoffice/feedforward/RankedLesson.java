package org.learningoffice.feedforward;

import java.util.Objects;
import org.learningoffice.lesson.LessonWithOrder;

/** An earlier lesson offered to an order, with how relevant the ranking found it (0..1). */
public record RankedLesson(LessonWithOrder lesson, double relevance) {
  public RankedLesson {
    Objects.requireNonNull(lesson, "lesson");
    if (relevance < 0 || relevance > 1) {
      throw new IllegalArgumentException("relevance must be in [0,1]: " + relevance);
    }
  }
}
