package org.learningoffice.lesson;

import java.util.Objects;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/** A stored lesson with the order context the classifier learns from. */
public record LessonInOrder(Lesson lesson, Strategy strategy, PriorityClass priorityClass) {
  public LessonInOrder {
    Objects.requireNonNull(lesson, "lesson");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(priorityClass, "priorityClass");
  }
}
