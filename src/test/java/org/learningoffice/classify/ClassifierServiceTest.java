package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

class ClassifierServiceTest {

  private static LabelledLesson corrected(int i) {
    return new LabelledLesson(
        "C" + i,
        LessonInput.of("", "Corrected lesson " + i, Strategy.MTO, PriorityClass.STANDARD),
        new FacetLabels(Unit.BETWEEN, LessonType.EXPLOITATION, Direction.FROM));
  }

  @Test
  void trainsAndStoresVersionOneAtStart() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierService service = injector.getInstance(ClassifierService.class);

    StoredModel stored = service.start();

    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.trainedAt()).isEqualTo(Classifiers.NOW);
    assertThat(stored.metrics()).containsEntry("trainingLessons", 589.0);
    assertThat(injector.getInstance(ClassifierModelStore.class).latest()).isPresent();
  }

  @Test
  void retrainsOnlyWhenEnoughNewCorrectionsArrived() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierService service = injector.getInstance(ClassifierService.class);
    InMemoryLabelledLessonSource corrections =
        injector.getInstance(InMemoryLabelledLessonSource.class);
    service.start();

    for (int i = 0; i < 19; i++) {
      corrections.add(corrected(i));
    }
    assertThat(service.retrainIfDue()).isFalse();
    corrections.add(corrected(19));
    assertThat(service.retrainIfDue()).isTrue();

    assertThat(service.modelVersion()).isEqualTo(2);
    StoredModel latest = injector.getInstance(ClassifierModelStore.class).latest().orElseThrow();
    assertThat(latest.confirmedLessons()).isEqualTo(20);
    assertThat(latest.metrics()).containsEntry("trainingLessons", 609.0);
  }

  @Test
  void restartLoadsTheStoredModelInsteadOfTraining() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierService first = injector.getInstance(ClassifierService.class);
    first.start();
    LessonInput lesson =
        LessonInput.of("", "We reused the checklist again", Strategy.MTS, PriorityClass.STANDARD);

    ClassifierService restarted =
        new ClassifierService(
            injector.getInstance(LearnedClassifierTrainer.class),
            injector.getInstance(LabelledLessonReader.class),
            injector.getInstance(LabelledLessonSource.class),
            injector.getInstance(ClassifierModelStore.class),
            new ModelCodec(),
            injector.getInstance(RetrainPolicy.class),
            java.time.Clock.systemUTC());

    assertThat(restarted.start().version()).isEqualTo(1);
    assertThat(restarted.classify(lesson)).isEqualTo(first.classify(lesson));
  }
}
