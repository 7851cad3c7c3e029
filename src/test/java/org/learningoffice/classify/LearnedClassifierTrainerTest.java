package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

class LearnedClassifierTrainerTest {

  private final Injector injector = Classifiers.injector(ClassifySettings.defaults());
  private final List<LabelledLesson> lessons =
      injector.getInstance(LabelledLessonReader.class).bundled();

  @Test
  void theFingerprintChangesWithEveryTrainingSetting() {
    TrainingSettings current = LearnedClassifierTrainer.TRAINING;
    Map<Facet, Double> otherL2 = new EnumMap<>(current.l2Cost());
    otherL2.put(Facet.DIRECTION, 2.0);
    String fingerprint = trainer(current).featureFingerprint(lessons);

    assertThat(injector.getInstance(LearnedClassifierTrainer.class).featureFingerprint(lessons))
        .isEqualTo(fingerprint);
    assertThat(
            List.of(
                new TrainingSettings(otherL2, current.iterations(), 2, 50),
                new TrainingSettings(current.l2Cost(), current.iterations() + 1, 2, 50),
                new TrainingSettings(current.l2Cost(), current.iterations(), 3, 50),
                new TrainingSettings(current.l2Cost(), current.iterations(), 2, 51)))
        .extracting(settings -> trainer(settings).featureFingerprint(lessons))
        .doesNotContain(fingerprint)
        .doesNotHaveDuplicates();
  }

  @Test
  void trainsWithTheSettingsItWasGiven() {
    TrainingSettings current = LearnedClassifierTrainer.TRAINING;
    Map<Facet, Double> smoother = new EnumMap<>(current.l2Cost());
    smoother.replaceAll((facet, l2) -> 50.0);
    LessonInput lesson =
        LessonInput.of(
            "Template for every order",
            "We built a cabinet template so future orders start from a standard module.",
            Strategy.ETO,
            PriorityClass.STANDARD);
    List<LabelledLesson> some = lessons.subList(0, 200);

    double usual = trainer(current).train(some).classify(lesson).direction().confidence();
    double smoothed =
        trainer(new TrainingSettings(smoother, current.iterations(), 2, 50))
            .train(some)
            .classify(lesson)
            .direction()
            .confidence();

    assertThat(smoothed).isLessThan(usual);
  }

  private LearnedClassifierTrainer trainer(TrainingSettings training) {
    return new LearnedClassifierTrainer(
        injector.getInstance(FeatureExtractor.class),
        injector.getInstance(NaiveBayesFeatures.class),
        injector.getInstance(ExplanationWriter.class),
        ClassifySettings.defaults(),
        training);
  }
}
