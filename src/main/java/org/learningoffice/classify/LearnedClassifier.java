package org.learningoffice.classify;

/** The classifier the service uses: learned facet models over text, cues and CODP context. */
public final class LearnedClassifier implements Classifier {

  /** Known words from which a lesson's text counts as full evidence. */
  static final double FULL_EVIDENCE_WORDS = 6.0;

  private final FeatureExtractor features;
  private final FacetModels models;
  private final ExplanationWriter explanations;
  private final SuggestionFactory suggestions;

  public LearnedClassifier(
      FeatureExtractor features,
      FacetModels models,
      ExplanationWriter explanations,
      ClassifySettings settings) {
    this.features = features;
    this.models = models;
    this.explanations = explanations;
    this.suggestions = new SuggestionFactory(settings.minConfidence());
  }

  @Override
  public Classification classify(LessonInput input) {
    LessonFeatures lesson = features.extract(input);
    String[] context = lesson.contextArray();
    // Few words the models know (empty, foreign or emoji text) means little evidence: the
    // suggestion falls back toward "don't know" instead of echoing the order context.
    double evidence =
        Math.min(1.0, models.get(Facet.UNIT).knownFeatures(context, "w=") / FULL_EVIDENCE_WORDS);
    double[][] byFacet = new double[Facet.values().length][];
    for (Facet facet : Facet.values()) {
      double[] p = models.get(facet).probabilities(context);
      boolean placedByStage = facet == Facet.UNIT && lesson.codp().isPresent();
      byFacet[facet.ordinal()] = placedByStage ? p : shrink(p, evidence);
    }
    return suggestions.classification(
        byFacet, (facet, label) -> explanations.explain(facet, label, lesson));
  }

  private static double[] shrink(double[] p, double evidence) {
    double[] shrunk = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      shrunk[i] = evidence * p[i] + (1 - evidence) / p.length;
    }
    return shrunk;
  }

  /** The trained models, for the model store. */
  public FacetModels models() {
    return models;
  }
}
