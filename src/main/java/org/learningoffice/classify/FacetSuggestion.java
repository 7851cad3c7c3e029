package org.learningoffice.classify;

import java.util.Objects;
import java.util.Optional;

/**
 * The classifier's suggestion for one facet.
 *
 * @param label the most likely label
 * @param confidence estimated probability that the label is right, in [0,1]
 * @param explanation a short reason a person can check
 * @param preselect whether the form should pre-select the label (confidence ≥ minConfidence)
 */
public record FacetSuggestion<L extends Enum<L>>(
    L label, double confidence, String explanation, boolean preselect) {

  public FacetSuggestion {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(explanation, "explanation");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }

  /** The label the form should pre-select, or empty when the classifier is not sure enough. */
  public Optional<L> preselected() {
    return preselect ? Optional.of(label) : Optional.empty();
  }
}
