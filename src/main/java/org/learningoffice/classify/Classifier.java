package org.learningoffice.classify;

import java.util.OptionalInt;

/** Suggests unit, type and direction of a lesson, each with a confidence and an explanation. */
public interface Classifier {

  /** Classifies one lesson; never fails on odd text (empty, long, HTML, other languages). */
  Classification classify(LessonInput input);

  /**
   * Classifies one lesson and says which stored model version did, read together: a retraining that
   * swaps the model meanwhile cannot pair one model's suggestions with another's version.
   * Classifiers without stored versions give none.
   */
  default VersionedClassification classifyVersioned(LessonInput input) {
    return new VersionedClassification(classify(input), OptionalInt.empty());
  }
}
