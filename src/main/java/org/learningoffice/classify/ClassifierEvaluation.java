package org.learningoffice.classify;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Runs {@code classify eval}: scores the classifier and both baselines on labelled lessons. */
public final class ClassifierEvaluation {

  private final LearnedClassifierTrainer trainer;
  private final RulesClassifier rules;
  private final ClassifySettings settings;
  private final CrossValidator crossValidator;
  private final NaiveBayesFeatures naiveBayesFeatures;

  public ClassifierEvaluation(
      LearnedClassifierTrainer trainer,
      RulesClassifier rules,
      ClassifySettings settings,
      CrossValidator crossValidator,
      NaiveBayesFeatures naiveBayesFeatures) {
    this.trainer = trainer;
    this.rules = rules;
    this.settings = settings;
    this.crossValidator = crossValidator;
    this.naiveBayesFeatures = naiveBayesFeatures;
  }

  /**
   * Leave-one-group-out over the input only: the classifier and every baseline (naive Bayes, rules
   * alone, majority class) scored on the same splits.
   */
  public GroupedEvalReport crossValidateByGroup(List<LabelledLesson> input) {
    GroupedCrossValidator validator = new GroupedCrossValidator();
    List<GroupSplit> splits = validator.splits(input);
    Map<String, GroupedResult> baselines = new LinkedHashMap<>();
    baselines.put(
        "naiveBayes",
        validator.crossValidate(
            splits, NaiveBayesClassifier.trainer(naiveBayesFeatures, settings)));
    baselines.put("rules", validator.crossValidate(splits, lessons -> rules));
    baselines.put(
        "majority", validator.crossValidate(splits, MajorityClassifier.trainer(settings)));
    return new GroupedEvalReport(validator.crossValidate(splits, trainer), baselines);
  }

  /** K-fold cross-validation over the input only; the same folds for every system. */
  public EvalReport crossValidate(List<LabelledLesson> input, int k) {
    return new EvalReport(
        k + "-fold cross-validation over the input",
        0,
        crossValidator.crossValidate(input, k, trainer),
        Scorer.score(rules, input),
        crossValidator.crossValidate(input, k, MajorityClassifier.trainer(settings)));
  }

  /** Scores the classifier trained on {@code training} (the bundled lessons) on the input. */
  public EvalReport againstTrained(List<LabelledLesson> training, List<LabelledLesson> input) {
    return new EvalReport(
        "model trained on the " + training.size() + " bundled lessons",
        overlap(training, input),
        Scorer.score(trainer.train(training), input),
        Scorer.score(rules, input),
        Scorer.score(MajorityClassifier.trainer(settings).train(training), input));
  }

  /** Input lessons whose id or normalised text also occurs in the training lessons. */
  static int overlap(List<LabelledLesson> training, List<LabelledLesson> input) {
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (LabelledLesson lesson : training) {
      ids.add(lesson.id());
      texts.add(normalised(lesson));
    }
    int overlapping = 0;
    for (LabelledLesson lesson : input) {
      if (ids.contains(lesson.id()) || texts.contains(normalised(lesson))) {
        overlapping++;
      }
    }
    return overlapping;
  }

  private static String normalised(LabelledLesson lesson) {
    return lesson.input().text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
