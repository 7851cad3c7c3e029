package org.learningoffice.classify;

import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

/**
 * Builds typed suggestions from label probabilities, applying each facet's pre-selection threshold.
 */
final class SuggestionFactory {

  /** The highest confidence a suggestion claims. */
  static final double MAX_CONFIDENCE = 0.99;

  private final ClassifySettings settings;

  SuggestionFactory(ClassifySettings settings) {
    this.settings = settings;
  }

  /** Index of the most probable label (first on ties). */
  static int best(double[] probabilities) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return best;
  }

  Classification classification(double[][] byFacet, Explainer explainer) {
    return new Classification(
        suggestion(Unit.class, Facet.UNIT, byFacet, explainer),
        suggestion(LessonType.class, Facet.TYPE, byFacet, explainer),
        suggestion(Direction.class, Facet.DIRECTION, byFacet, explainer));
  }

  private <L extends Enum<L>> FacetSuggestion<L> suggestion(
      Class<L> type, Facet facet, double[][] byFacet, Explainer explainer) {
    double[] p = byFacet[facet.ordinal()];
    int best = best(p);
    String label = facet.labels().get(best);
    // No suggestion is certain: a person may always know better.
    double confidence = Math.max(0.0, Math.min(MAX_CONFIDENCE, p[best]));
    return new FacetSuggestion<>(
        Enum.valueOf(type, label),
        confidence,
        explainer.explain(facet, label),
        confidence >= settings.preselectFrom(facet));
  }

  /** Explains one facet's chosen label. */
  interface Explainer {
    String explain(Facet facet, String label);
  }
}
