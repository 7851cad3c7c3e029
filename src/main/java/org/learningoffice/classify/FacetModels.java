package org.learningoffice.classify;

import java.util.EnumMap;
import java.util.Map;

/** The three trained facet models that make up one version of the learned layer. */
public record FacetModels(Map<Facet, FacetModel> byFacet) {

  public FacetModels {
    byFacet = Map.copyOf(new EnumMap<>(byFacet));
    for (Facet facet : Facet.values()) {
      if (!byFacet.containsKey(facet)) {
        throw new ClassifyException("no model for facet " + facet.key());
      }
    }
  }

  /** The model of one facet. */
  public FacetModel get(Facet facet) {
    return byFacet.get(facet);
  }
}
