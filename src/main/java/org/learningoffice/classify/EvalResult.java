package org.learningoffice.classify;

import java.util.EnumMap;
import java.util.Map;

/** Scores of one classifier on a set of labelled lessons, per facet. */
public record EvalResult(Map<Facet, FacetScore> scores, int n) {

  public EvalResult {
    scores = Map.copyOf(new EnumMap<>(scores));
  }

  /** The score of one facet. */
  public FacetScore get(Facet facet) {
    return scores.get(facet);
  }
}
