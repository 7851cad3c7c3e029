package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Trains the learned classifier: one logistic-regression model per facet. */
public final class LearnedClassifierTrainer implements ClassifierTrainer {

  /** Chosen by 10-fold cross-validation on the bundled lessons (0.3, 1 and 3 compared). */
  static final double L2_COST = 1.0;

  static final int ITERATIONS = 300;

  private final FeatureExtractor features;
  private final ExplanationWriter explanations;
  private final ClassifySettings settings;
  private final FacetModelTrainer trainer = new FacetModelTrainer(L2_COST, ITERATIONS);

  public LearnedClassifierTrainer(
      FeatureExtractor features, ExplanationWriter explanations, ClassifySettings settings) {
    this.features = features;
    this.explanations = explanations;
    this.settings = settings;
  }

  @Override
  public LearnedClassifier train(List<LabelledLesson> lessons) {
    if (lessons.isEmpty()) {
      throw new ClassifyException("cannot train the classifier on no lessons");
    }
    List<String[]> contexts = new ArrayList<>(lessons.size());
    for (LabelledLesson lesson : lessons) {
      contexts.add(features.extract(lesson.input()).contextArray());
    }
    Map<Facet, FacetModel> models = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      List<String> labels = lessons.stream().map(l -> l.gold().label(facet)).toList();
      models.put(facet, trainer.train(facet, contexts, labels));
    }
    return restore(new FacetModels(models));
  }

  /** A classifier around models trained earlier (loaded from the model store). */
  public LearnedClassifier restore(FacetModels models) {
    return new LearnedClassifier(features, models, explanations, settings);
  }
}
