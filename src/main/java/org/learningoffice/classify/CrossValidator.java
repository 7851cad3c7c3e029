package org.learningoffice.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * K-fold cross-validation: every lesson is scored exactly once, by a classifier trained on the
 * other folds only.
 */
public final class CrossValidator {

  private final long seed;

  /**
   * @param seed shuffles lessons into folds: the same seed gives the same folds every run
   */
  public CrossValidator(long seed) {
    this.seed = seed;
  }

  /** Scores each lesson with a classifier the trainer built without it. */
  public EvalResult crossValidate(List<LabelledLesson> lessons, int k, ClassifierTrainer trainer) {
    if (k < 2 || k > lessons.size()) {
      throw new ClassifyException(
          "--cross-validate needs 2 ≤ K ≤ number of lessons (" + lessons.size() + "), got " + k);
    }
    List<LabelledLesson> shuffled = new ArrayList<>(lessons);
    Collections.shuffle(shuffled, new Random(seed));
    Scorer scorer = new Scorer();
    for (int fold = 0; fold < k; fold++) {
      List<LabelledLesson> training = new ArrayList<>();
      List<LabelledLesson> held = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) {
        (i % k == fold ? held : training).add(shuffled.get(i));
      }
      Classifier classifier = trainer.train(List.copyOf(training));
      for (LabelledLesson lesson : held) {
        scorer.record(lesson, classifier.classify(lesson.input()));
      }
    }
    return scorer.result();
  }
}
