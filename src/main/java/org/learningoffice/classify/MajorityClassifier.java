package org.learningoffice.classify;

import java.util.List;

/** Baseline: always the most frequent label of the training lessons, with its frequency. */
public final class MajorityClassifier implements Classifier {

  private final double[][] frequencies;
  private final SuggestionFactory suggestions;

  private MajorityClassifier(double[][] frequencies, ClassifySettings settings) {
    this.frequencies = frequencies;
    this.suggestions = new SuggestionFactory(settings);
  }

  /** Counts label frequencies in the training lessons. */
  public static ClassifierTrainer trainer(ClassifySettings settings) {
    return lessons -> {
      double[][] frequencies = new double[Facet.values().length][];
      for (Facet facet : Facet.values()) {
        List<String> labels = facet.labels();
        double[] f = new double[labels.size()];
        for (LabelledLesson lesson : lessons) {
          f[labels.indexOf(lesson.gold().label(facet))] += 1.0 / lessons.size();
        }
        frequencies[facet.ordinal()] = f;
      }
      return new MajorityClassifier(frequencies, settings);
    };
  }

  @Override
  public Classification classify(LessonInput input) {
    return suggestions.classification(
        frequencies, (facet, label) -> "most common " + facet.key() + " in the training lessons");
  }
}
