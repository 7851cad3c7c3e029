package org.learningoffice.classify;

import jakarta.inject.Inject;

/** The API behind the form's live suggestions: classify the lesson and look for recurrence. */
public final class LessonSuggester {

  private final Classifier classifier;
  private final RecurrenceDetector recurrence;

  @Inject
  public LessonSuggester(Classifier classifier, RecurrenceDetector recurrence) {
    this.classifier = classifier;
    this.recurrence = recurrence;
  }

  /**
   * Suggestions for a lesson being written now; each facet says whether to pre-select it ({@link
   * FacetSuggestion#preselected()} is empty below {@code classify.minConfidence}).
   */
  public LessonSuggestions suggest(LessonInput lesson) {
    return new LessonSuggestions(
        classifier.classify(lesson), recurrence.check(lesson.title(), lesson.text()));
  }
}
