package org.learningoffice.classify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** One system's scores per held-out group, and their mean and spread over groups. */
public record GroupedResult(Map<String, EvalResult> byGroup) {

  public GroupedResult {
    byGroup = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
  }

  /** Mean over groups of one figure of one facet (each group weighs alike, whatever its size). */
  public double mean(Facet facet, ToDoubleFunction<FacetScore> figure) {
    return byGroup.values().stream()
        .mapToDouble(r -> figure.applyAsDouble(r.get(facet)))
        .average()
        .orElse(0.0);
  }

  /** Standard deviation over groups of one figure of one facet. */
  public double spread(Facet facet, ToDoubleFunction<FacetScore> figure) {
    double mean = mean(facet, figure);
    double sum = 0;
    for (EvalResult r : byGroup.values()) {
      double d = figure.applyAsDouble(r.get(facet)) - mean;
      sum += d * d;
    }
    return byGroup.isEmpty() ? 0.0 : Math.sqrt(sum / byGroup.size());
  }

  /** Lowest value over groups of one figure of one facet. */
  public double min(Facet facet, ToDoubleFunction<FacetScore> figure) {
    return byGroup.values().stream()
        .mapToDouble(r -> figure.applyAsDouble(r.get(facet)))
        .min()
        .orElse(0.0);
  }

  /** Lessons scored over all groups. */
  public int n() {
    return byGroup.values().stream().mapToInt(EvalResult::n).sum();
  }
}
