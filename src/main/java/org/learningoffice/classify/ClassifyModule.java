package org.learningoffice.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.learningoffice.config.ClassifyConfig;

/**
 * Wires the classifier. Needs bindings from elsewhere for {@link java.time.Clock}, {@link
 * LabelledLessonSource}, {@link ClassifierModelStore} and {@link EarlierLessons} (the store, or
 * {@link InMemoryClassifyEdgesModule}).
 */
public final class ClassifyModule extends AbstractModule {

  /**
   * Fixed so that {@code classify eval --cross-validate} gives the same folds, and {@code
   * --learning-curve} the same confirmed lessons, every run.
   */
  static final long CROSS_VALIDATION_SEED = 20_261_128L;

  private final ClassifySettings settings;
  private final Optional<Path> extraVocabulary;

  public ClassifyModule(ClassifySettings settings) {
    this(settings, Optional.empty());
  }

  /** From the {@code classify:} config section (settings and extra vocabulary). */
  public ClassifyModule(ClassifyConfig config) {
    this(ClassifySettings.from(config), config.vocabulary());
  }

  /** With an installation's vocabulary file that extends the bundled one. */
  public ClassifyModule(ClassifySettings settings, Optional<Path> extraVocabulary) {
    this.settings = settings;
    this.extraVocabulary = extraVocabulary;
  }

  @Override
  protected void configure() {
    bind(ClassifySettings.class).toInstance(settings);
    bind(Classifier.class).to(ClassifierService.class);
    bind(ClassifierService.class).in(Singleton.class);
    bind(Tokenizer.class).in(Singleton.class);
    bind(CodpRule.class).in(Singleton.class);
    bind(ExplanationWriter.class).in(Singleton.class);
    bind(ModelCodec.class).in(Singleton.class);
    bind(TfIdfSimilarity.class).in(Singleton.class);
    bind(RecurrenceDetector.class).in(Singleton.class);
  }

  @Provides
  @Singleton
  Vocabulary vocabulary() {
    VocabularyLoader loader = new VocabularyLoader();
    return extraVocabulary.map(loader::bundledExtendedWith).orElseGet(loader::bundled);
  }

  @Provides
  @Singleton
  FeatureExtractor featureExtractor(Tokenizer tokenizer, Vocabulary vocabulary, CodpRule codp) {
    return new FeatureExtractor(tokenizer, new CueMatcher(vocabulary, tokenizer), codp);
  }

  @Provides
  @Singleton
  LearnedClassifierTrainer trainer(
      FeatureExtractor features, NaiveBayesFeatures naiveBayes, ExplanationWriter explanations) {
    return new LearnedClassifierTrainer(features, naiveBayes, explanations, settings);
  }

  @Provides
  @Singleton
  RulesClassifier rules(FeatureExtractor features, ExplanationWriter explanations) {
    return new RulesClassifier(features, explanations, settings);
  }

  @Provides
  @Singleton
  RetrainPolicy retrainPolicy() {
    return new RetrainPolicy(settings);
  }

  @Provides
  @Singleton
  ClassifierEvaluation evaluation(
      LearnedClassifierTrainer trainer, RulesClassifier rules, NaiveBayesFeatures naiveBayes) {
    return new ClassifierEvaluation(
        trainer, rules, settings, new CrossValidator(CROSS_VALIDATION_SEED), naiveBayes);
  }

  @Provides
  @Singleton
  LearningCurve learningCurve(LearnedClassifierTrainer trainer) {
    return new LearningCurve(trainer, CROSS_VALIDATION_SEED);
  }

  @Provides
  @Singleton
  LearningCurveWriter learningCurveWriter() {
    return new LearningCurveWriter(new ObjectMapper());
  }

  @Provides
  @Singleton
  NaiveBayesFeatures naiveBayesFeatures(Tokenizer tokenizer, CodpRule codp) {
    return new NaiveBayesFeatures(tokenizer, codp);
  }

  @Provides
  @Singleton
  LabelledLessonReader labelledLessonReader() {
    return new LabelledLessonReader(new ObjectMapper());
  }

  @Provides
  @Singleton
  EvalReportWriter evalReportWriter() {
    return new EvalReportWriter(new ObjectMapper());
  }

  @Provides
  @Singleton
  GroupedEvalReportWriter groupedEvalReportWriter() {
    return new GroupedEvalReportWriter(new ObjectMapper());
  }
}
