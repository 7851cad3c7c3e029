package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.Duration;
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
}
