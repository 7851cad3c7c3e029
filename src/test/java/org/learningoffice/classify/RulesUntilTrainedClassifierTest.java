package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;

/** The service's classifier answers at once: from the rules (and says so) until trained. */
class RulesUntilTrainedClassifierTest {
  private static final LessonInput LESSON =
      LessonInput.of(
          "New supplier for seals",
          "We tried a new supplier for the seals for the first time.",
          Strategy.MTO,
          PriorityClass.STANDARD);

  private final Injector injector =
      Guice.createInjector(
          binder -> binder.bind(Clock.class).toInstance(Clock.systemUTC()),
          new ClassifyModule(ClassifySettings.defaults()),
          new InMemoryClassifyEdgesModule());
  private final ClassifierTraining training =
      new ClassifierTraining(injector.getInstance(ClassifierService.class));
  private final RulesUntilTrainedClassifier classifier =
      new RulesUntilTrainedClassifier(
          injector.getInstance(ClassifierService.class),
          injector.getInstance(RulesClassifier.class),
          training);

  @Test
  void beforeTrainingTheRulesAnswerAlone() {
    Classification c = classifier.classify(LESSON);

    assertThat(c).isEqualTo(injector.getInstance(RulesClassifier.class).classify(LESSON));
    assertThat(classifier.classifyVersioned(LESSON).modelVersion()).isEmpty();
  }

  @Test
  void onceTrainedInTheBackgroundTheLearnedModelAnswers() {
    training.start();
    try {
      await().atMost(Duration.ofMinutes(2)).until(training::isReady);

      Classification c = classifier.classify(LESSON);

      assertThat(c).isEqualTo(injector.getInstance(ClassifierService.class).classify(LESSON));
      assertThat(classifier.classifyVersioned(LESSON).modelVersion()).hasValue(1);
    } finally {
      training.stop();
    }
  }
}
