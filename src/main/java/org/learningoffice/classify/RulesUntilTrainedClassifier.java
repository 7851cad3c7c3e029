package org.learningoffice.classify;

import jakarta.inject.Inject;

/**
 * The classifier the running service uses: the learned model once {@link ClassifierTraining} has it
 * ready, the rules layer alone before that (the form and the Forge panel say so once, with their
 * {@code rulesOnly}). It never waits for training.
 */
public final class RulesUntilTrainedClassifier implements Classifier {
  private final ClassifierService learned;
  private final RulesClassifier rules;
  private final ClassifierTraining training;

  @Inject
  public RulesUntilTrainedClassifier(
      ClassifierService learned, RulesClassifier rules, ClassifierTraining training) {
    this.learned = learned;
    this.rules = rules;
    this.training = training;
  }

  @Override
  public Classification classify(LessonInput input) {
    return training.isReady() ? learned.classify(input) : rules.classify(input);
  }

  @Override
  public VersionedClassification classifyVersioned(LessonInput input) {
    return training.isReady() ? learned.classifyVersioned(input) : rules.classifyVersioned(input);
  }
}
