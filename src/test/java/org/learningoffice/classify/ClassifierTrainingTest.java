package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the service does not wait for a classifier training in progress. */
class ClassifierTrainingTest {

  @Test
  void stoppingDuringTrainingEndsItWithinAStepAndLeavesNoModel() throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    // Five times the bundled lessons: a training of several seconds on any machine.
    InMemoryLabelledLessonSource confirmed =
        injector.getInstance(InMemoryLabelledLessonSource.class);
    for (int copy = 0; copy < 4; copy++) {
      injector.getInstance(LabelledLessonReader.class).bundled().forEach(confirmed::add);
    }
    ClassifierTraining training =
        new ClassifierTraining(injector.getInstance(ClassifierService.class));
    training.start();
    Thread.sleep(500);

    long began = System.nanoTime();
    training.stop();
    Duration stopping = Duration.ofNanos(System.nanoTime() - began);

    assertThat(training.isReady()).isFalse();
    assertThat(injector.getInstance(InMemoryClassifierModelStore.class).latest()).isEmpty();
    assertThat(stopping).isLessThan(Duration.ofMillis(1500));
  }

  @Test
  void aConfirmedLessonAfterAFailedWarmUpTriesAgainInsteadOfLeavingTheRulesAloneUntilRestart()
      throws Exception {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    InMemoryClassifierModelStore models = new InMemoryClassifierModelStore();
    CountDownLatch failed = new CountDownLatch(1);
    // the database is briefly unreachable when the service starts
    ClassifierModelStore unreachableOnce =
        new ClassifierModelStore() {
          @Override
          public StoredModel save(StoredModel model) {
            return models.save(model);
          }

          @Override
          public Optional<StoredModel> latest() {
            if (failed.getCount() > 0) {
              failed.countDown();
              throw new IllegalStateException("connection refused");
            }
            return models.latest();
          }
        };
    ClassifierTraining training =
        new ClassifierTraining(
            new ClassifierService(
                injector.getInstance(LearnedClassifierTrainer.class),
                injector.getInstance(LabelledLessonReader.class),
                injector.getInstance(LabelledLessonSource.class),
                unreachableOnce,
                new ModelCodec(),
                injector.getInstance(RetrainPolicy.class),
                Classifiers.clock()));
    try {
      training.start();
      assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();

      // people keep confirming lessons on the form
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!training.isReady() && System.nanoTime() < deadline) {
        training.retrainSoon();
        Thread.sleep(50);
      }
      assertThat(training.isReady()).isTrue();
      assertThat(models.latest()).isPresent();
    } finally {
      training.stop();
    }
  }
}
