package org.learningoffice.classify;

/**
 * The rules layer alone: the CODP rule for unit where the stage places it, vocabulary votes
 * otherwise. A baseline for {@code classify eval} and a fallback without a model.
 */
public final class RulesClassifier implements Classifier {

  /** How sure the CODP rule is on its own; labelled data shows hand-overs break it. */
  static final double CODP_CONFIDENCE = 0.75;

  private final FeatureExtractor features;
  private final ExplanationWriter explanations;
  private final SuggestionFactory suggestions;

  public RulesClassifier(
      FeatureExtractor features, ExplanationWriter explanations, ClassifySettings settings) {
    this.features = features;
    this.explanations = explanations;
    this.suggestions = new SuggestionFactory(settings);
  }

  @Override
  public Classification classify(LessonInput input) {
    LessonFeatures lesson = features.extract(input);
    double[][] byFacet = new double[Facet.values().length][];
    for (Facet facet : Facet.values()) {
      byFacet[facet.ordinal()] = votes(facet, lesson);
    }
    if (lesson.codp().isPresent()) {
      double[] unit = new double[Facet.UNIT.labels().size()];
      java.util.Arrays.fill(unit, (1 - CODP_CONFIDENCE) / (unit.length - 1));
      unit[lesson.codp().get().unit().ordinal()] = CODP_CONFIDENCE;
      byFacet[Facet.UNIT.ordinal()] = unit;
    }
    return suggestions.classification(
        byFacet, (facet, label) -> explanations.explain(facet, label, lesson));
  }

  /** Laplace-smoothed share of cue words per label. */
  private static double[] votes(Facet facet, LessonFeatures lesson) {
    int n = facet.labels().size();
    double[] counts = new double[n];
    java.util.Arrays.fill(counts, 1.0);
    double total = n;
    for (Cue cue : lesson.cues()) {
      if (cue.facet() == facet) {
        counts[facet.labels().indexOf(cue.label())]++;
        total++;
      }
    }
    for (int i = 0; i < n; i++) {
      counts[i] /= total;
    }
    return counts;
  }
}
