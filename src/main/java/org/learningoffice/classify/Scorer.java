package org.learningoffice.classify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores classifications against gold labels. */
final class Scorer {

  private final Map<Facet, FacetScoreSheet> sheets = new EnumMap<>(Facet.class);
  private int n;

  Scorer() {
    for (Facet facet : Facet.values()) {
      sheets.put(facet, new FacetScoreSheet(facet));
    }
  }

  /** Scores a classifier on lessons it is assumed not to have trained on. */
  static EvalResult score(Classifier classifier, List<LabelledLesson> lessons) {
    Scorer scorer = new Scorer();
    for (LabelledLesson lesson : lessons) {
      scorer.record(lesson, classifier.classify(lesson.input()));
    }
    return scorer.result();
  }

  void record(LabelledLesson lesson, Classification predicted) {
    for (Facet facet : Facet.values()) {
      FacetSuggestion<?> suggestion = predicted.get(facet);
      sheets
          .get(facet)
          .record(
              lesson.gold().label(facet),
              suggestion.label().name(),
              suggestion.confidence(),
              suggestion.preselect());
    }
    n++;
  }

  EvalResult result() {
    Map<Facet, FacetScore> scores = new EnumMap<>(Facet.class);
    sheets.forEach((facet, sheet) -> scores.put(facet, sheet.score()));
    return new EvalResult(scores, n);
  }
}
