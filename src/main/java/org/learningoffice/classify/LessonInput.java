package org.learningoffice.classify;

import java.util.Objects;
import java.util.Optional;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;

/**
 * What the classifier sees of a lesson: its words and its order's context.
 *
 * @param title short title, may be empty
 * @param text what happened and what was learned, may be empty
 * @param stage the order step chosen on the form, if any
 * @param strategy the order's delivery strategy
 * @param priority the order's priority class
 */
public record LessonInput(
    String title, String text, Optional<Stage> stage, Strategy strategy, PriorityClass priority) {

  public LessonInput {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(priority, "priority");
  }

  /** A lesson without a stage. */
  public static LessonInput of(
      String title, String text, Strategy strategy, PriorityClass priority) {
    return new LessonInput(title, text, Optional.empty(), strategy, priority);
  }

  /** The same lesson with its stage set. */
  public LessonInput withStage(Stage newStage) {
    return new LessonInput(title, text, Optional.of(newStage), strategy, priority);
  }
}
