package org.learningoffice.classify;

import jakarta.inject.Inject;
import java.util.OptionalInt;

/**
 * The classifier the running service uses: the learned model once {@link ClassifierTraining} has it
 * ready, the rules layer alone before that, saying so in every explanation. It never waits for
 * training.
 */
public final class RulesUntilTrainedClassifier implements Classifier {
  static final String RULES_ONLY = " (rules only: the learned model is still training)";

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
    if (training.isReady()) {
      return learned.classify(input);
    }
    Classification byRules = rules.classify(input);
    return new Classification(
        rulesOnly(byRules.unit()), rulesOnly(byRules.type()), rulesOnly(byRules.direction()));
  }

  /** The version of the model that answers now; empty while the rules answer alone. */
  public OptionalInt modelVersion() {
    return training.isReady() ? OptionalInt.of(learned.modelVersion()) : OptionalInt.empty();
  }

  private static <L extends Enum<L>> FacetSuggestion<L> rulesOnly(FacetSuggestion<L> s) {
    return new FacetSuggestion<>(
        s.label(), s.confidence(), s.explanation() + RULES_ONLY, s.preselect());
  }
}
