package org.learningoffice.classify;

import java.util.Map;

/**
 * How the learned classifier is trained. A stored model counts these in its fingerprint, so a model
 * a release stored under other settings is retrained once instead of kept.
 *
 * @param l2Cost L2 penalty of the regression, per facet
 * @param iterations upper bound on L-BFGS iterations
 * @param minLessonsPerFeature features found in fewer training lessons are dropped
 * @param minLessonsToPrune pruning starts from this many training lessons
 */
record TrainingSettings(
    Map<Facet, Double> l2Cost, int iterations, int minLessonsPerFeature, int minLessonsToPrune) {

  TrainingSettings {
    l2Cost = Map.copyOf(l2Cost);
  }

  /** The settings as the model's fingerprint reads them, every one named. */
  String fingerprintText() {
    StringBuilder text = new StringBuilder();
    for (Facet facet : Facet.values()) {
      text.append(facet.key()).append(" l2=").append(l2Cost.get(facet)).append(';');
    }
    return text.append("iterations=")
        .append(iterations)
        .append(";minLessonsPerFeature=")
        .append(minLessonsPerFeature)
        .append(";minLessonsToPrune=")
        .append(minLessonsToPrune)
        .toString();
  }
}
