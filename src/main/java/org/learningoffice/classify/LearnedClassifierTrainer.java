package org.learningoffice.classify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Trains the learned classifier: per facet a logistic-regression model and a naive Bayes model over
 * which words and word bigrams a lesson has (each once, those of a single training lesson left
 * out), with person-confirmed lessons counting {@link #CONFIRMED_WEIGHT} times.
 */
public final class LearnedClassifierTrainer implements ClassifierTrainer {

  /**
   * L2 penalty per facet, chosen by leave-one-group-out cross-validation with the naive Bayes
   * weights of {@link LearnedClassifier} held (0.5, 1, 2 and 4 compared; unit 0.5 by +0.003
   * macro-F1, type and direction 1; see docs/classifier.md, round 5).
   */
  static final Map<Facet, Double> L2_COST =
      Map.of(Facet.UNIT, 0.5, Facet.TYPE, 1.0, Facet.DIRECTION, 1.0);

  static final int ITERATIONS = 300;

  /**
   * How many times a lesson a person of the installation confirmed counts next to a bundled one.
   * {@code classify eval --learning-curve} compared 1 and 3: counting them 3 or 10 times did worse
   * at k = 40 (unit −0.010, direction −0.014), so they count like any labelled lesson.
   */
  static final int CONFIRMED_WEIGHT = 1;

  /**
   * Features found in fewer training lessons are dropped: a word seen once is more often noise of
   * that lesson than evidence (chosen by 10-fold cross-validation, 1, 2 and 3 compared; confirmed
   * by leave-one-group-out in round 7 of docs/classifier.md, 1, 2, 3, 4 and 6 compared).
   */
  static final int MIN_LESSONS_PER_FEATURE = 2;

  /**
   * Pruning starts from this many training lessons. On a handful of lessons it would leave only
   * features every label shares, where OpenNLP's optimiser never ends (a zero gradient).
   */
  static final int MIN_LESSONS_TO_PRUNE = 50;

  /** The settings above, as the trainer uses them. */
  static final TrainingSettings TRAINING =
      new TrainingSettings(L2_COST, ITERATIONS, MIN_LESSONS_PER_FEATURE, MIN_LESSONS_TO_PRUNE);

  private final FeatureExtractor features;
  private final NaiveBayesFeatures naiveBayesFeatures;
  private final ExplanationWriter explanations;
  private final ClassifySettings settings;
  private final TrainingSettings training;

  public LearnedClassifierTrainer(
      FeatureExtractor features,
      NaiveBayesFeatures naiveBayesFeatures,
      ExplanationWriter explanations,
      ClassifySettings settings) {
    this(features, naiveBayesFeatures, explanations, settings, TRAINING);
  }

  LearnedClassifierTrainer(
      FeatureExtractor features,
      NaiveBayesFeatures naiveBayesFeatures,
      ExplanationWriter explanations,
      ClassifySettings settings,
      TrainingSettings training) {
    this.features = features;
    this.naiveBayesFeatures = naiveBayesFeatures;
    this.explanations = explanations;
    this.settings = settings;
    this.training = training;
  }

  @Override
  public LearnedClassifier train(List<LabelledLesson> lessons) {
    return train(lessons, List.of());
  }

  /**
   * Trains on labelled lessons (the bundled ones) and lessons people of the installation confirmed,
   * which count {@link #CONFIRMED_WEIGHT} times.
   */
  public LearnedClassifier train(List<LabelledLesson> labelled, List<LabelledLesson> confirmed) {
    List<LabelledLesson> lessons = new ArrayList<>(labelled);
    lessons.addAll(confirmed);
    List<Integer> copies = new ArrayList<>(lessons.size());
    copies.addAll(Collections.nCopies(labelled.size(), 1));
    copies.addAll(Collections.nCopies(confirmed.size(), CONFIRMED_WEIGHT));
    if (lessons.isEmpty()) {
      throw new ClassifyException("cannot train the classifier on no lessons");
    }
    List<String[]> all = new ArrayList<>(lessons.size());
    Map<String, Integer> lessonsWith = new HashMap<>();
    for (LabelledLesson lesson : lessons) {
      TrainingInterruptedException.throwIfInterrupted();
      String[] context = features.extract(lesson.input()).contextArray();
      all.add(context);
      for (String feature : context) {
        lessonsWith.merge(feature, 1, Integer::sum);
      }
    }
    List<String[]> contexts = new ArrayList<>(all.size());
    for (String[] context : all) {
      contexts.add(
          Arrays.stream(context)
              .filter(
                  f ->
                      lessons.size() < training.minLessonsToPrune()
                          || lessonsWith.get(f) >= training.minLessonsPerFeature())
              .toArray(String[]::new));
    }
    List<List<String>> words = new ArrayList<>(lessons.size());
    Map<String, Integer> lessonsWithWord = new HashMap<>();
    for (LabelledLesson lesson : lessons) {
      TrainingInterruptedException.throwIfInterrupted();
      List<String> distinct =
          LearnedClassifier.distinct(naiveBayesFeatures.extract(lesson.input()));
      words.add(distinct);
      distinct.forEach(w -> lessonsWithWord.merge(w, 1, Integer::sum));
    }
    if (lessons.size() >= training.minLessonsToPrune()) {
      // The same pruning as the regression's: naive Bayes then knows no word of a single lesson.
      words.replaceAll(
          ws ->
              ws.stream()
                  .filter(w -> lessonsWithWord.get(w) >= training.minLessonsPerFeature())
                  .toList());
    }
    List<Double> weights = copies.stream().map(Integer::doubleValue).toList();
    Map<Facet, FacetModel> models = new EnumMap<>(Facet.class);
    Map<Facet, NaiveBayesModel> naiveBayes = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      TrainingInterruptedException.throwIfInterrupted();
      List<String> labels = lessons.stream().map(l -> l.gold().label(facet)).toList();
      FacetModelTrainer trainer =
          new FacetModelTrainer(training.l2Cost().get(facet), training.iterations());
      models.put(facet, trainer.train(facet, contexts, labels, copies));
      naiveBayes.put(facet, NaiveBayesModel.train(facet, words, labels, weights));
    }
    return restore(new FacetModels(models, naiveBayes));
  }

  /**
   * A digest of the features these lessons give (SHA-256, hex). Models hold weights by feature
   * name, so a model trained under another feature extractor (an earlier release, another
   * tokenizer) would load without error and answer from features it never saw: a stored model is
   * restored only when the fingerprint it was stored with is the current one. The training settings
   * (L2 penalties, iterations, pruning) count too: a model stored by a release that trained
   * otherwise is retrained once, not kept.
   */
  public String featureFingerprint(List<LabelledLesson> lessons) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    sha.update(training.fingerprintText().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 2);
    for (LabelledLesson lesson : lessons) {
      TrainingInterruptedException.throwIfInterrupted();
      for (String feature : features.extract(lesson.input()).context()) {
        sha.update(feature.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      for (String feature : naiveBayesFeatures.extract(lesson.input())) {
        sha.update(feature.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      sha.update((byte) 1);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** A classifier around models trained earlier (loaded from the model store). */
  public LearnedClassifier restore(FacetModels models) {
    return new LearnedClassifier(features, naiveBayesFeatures, models, explanations, settings);
  }
}
