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
   * Suggestions for a lesson being written now on the order with store id {@code orderId}; each
   * facet says whether to pre-select it ({@link FacetSuggestion#preselected()} is empty below
   * {@code classify.minConfidence}), and recurrence compares it with the lessons of other orders.
   * The model version is that of the model that made these suggestions, even when a retraining
   * swaps the model meanwhile.
   */
  public LessonSuggestions suggest(long orderId, LessonInput lesson) {
    VersionedClassification classified = classifier.classifyVersioned(lesson);
    return new LessonSuggestions(
        classified.classification(),
        recurrence.check(orderId, lesson.title(), lesson.text()),
        classified.modelVersion());
  }
}
