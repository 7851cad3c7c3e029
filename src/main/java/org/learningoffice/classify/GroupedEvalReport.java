package org.learningoffice.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Result of {@code classify eval --cross-validate-by group}: the classifier and its baselines, each
 * scored on the same leave-one-group-out splits.
 *
 * @param model the full classifier
 * @param baselines by name ({@code naiveBayes}, {@code rules}, {@code majority}), in report order
 */
public record GroupedEvalReport(GroupedResult model, Map<String, GroupedResult> baselines) {

  public GroupedEvalReport {
    baselines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
  }

  /** Number of lessons scored. */
  public int n() {
    return model.n();
  }
}
