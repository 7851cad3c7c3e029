package org.learningoffice.classify;

import java.util.List;

/** Builds a classifier from labelled lessons (used for the live model and for each CV fold). */
public interface ClassifierTrainer {

  /** A classifier trained on exactly these lessons. */
  Classifier train(List<LabelledLesson> lessons);
}
