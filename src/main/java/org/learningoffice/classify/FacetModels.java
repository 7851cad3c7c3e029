package org.learningoffice.classify;

import java.util.EnumMap;
import java.util.Map;

/**
 * The trained models that make up one version of the learned layer: per facet a logistic regression
 * and a naive Bayes model, whose votes the classifier combines.
 */
public record FacetModels(Map<Facet, FacetModel> byFacet, Map<Facet, NaiveBayesModel> naiveBayes) {

  public FacetModels {
    byFacet = Map.copyOf(new EnumMap<>(byFacet));
    naiveBayes = Map.copyOf(new EnumMap<>(naiveBayes));
    for (Facet facet : Facet.values()) {
      if (!byFacet.containsKey(facet) || !naiveBayes.containsKey(facet)) {
        throw new ClassifyException("no model for facet " + facet.key());
      }
    }
  }

  /** The logistic-regression model of one facet. */
  public FacetModel get(Facet facet) {
    return byFacet.get(facet);
  }

  /** The naive Bayes model of one facet. */
  public NaiveBayesModel naiveBayes(Facet facet) {
    return naiveBayes.get(facet);
  }
}
