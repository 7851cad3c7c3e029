package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Baseline of {@code classify eval}: plain multinomial naive Bayes per facet over {@link
 * NaiveBayesFeatures}, every training lesson counted once.
 */
public final class NaiveBayesClassifier implements Classifier {

  private final NaiveBayesFeatures features;
  private final Map<Facet, NaiveBayesModel> models;
  private final SuggestionFactory suggestions;

  private NaiveBayesClassifier(
      NaiveBayesFeatures features, Map<Facet, NaiveBayesModel> models, ClassifySettings settings) {
    this.features = features;
    this.models = models;
    this.suggestions = new SuggestionFactory(settings);
  }

  /** Trains one model per facet on the lessons. */
  public static ClassifierTrainer trainer(NaiveBayesFeatures features, ClassifySettings settings) {
    return lessons -> {
      List<List<String>> extracted = new ArrayList<>(lessons.size());
      for (LabelledLesson lesson : lessons) {
        extracted.add(features.extract(lesson.input()));
      }
      List<Double> weights = Collections.nCopies(lessons.size(), 1.0);
      Map<Facet, NaiveBayesModel> models = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.values()) {
        List<String> labels = lessons.stream().map(l -> l.gold().label(facet)).toList();
        models.put(facet, NaiveBayesModel.train(facet, extracted, labels, weights));
      }
      return new NaiveBayesClassifier(features, models, settings);
    };
  }

  @Override
  public Classification classify(LessonInput input) {
    List<String> extracted = features.extract(input);
    double[][] byFacet = new double[Facet.values().length][];
    for (Facet facet : Facet.values()) {
      byFacet[facet.ordinal()] = models.get(facet).probabilities(extracted);
    }
    return suggestions.classification(byFacet, (facet, label) -> "naive Bayes");
  }
}
