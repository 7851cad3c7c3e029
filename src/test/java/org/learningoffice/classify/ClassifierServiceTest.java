package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.util.Map;
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
    assertThat(stored.metrics()).containsEntry("trainingLessons", 889.0);
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
    assertThat(latest.metrics()).containsEntry("trainingLessons", 909.0);
  }

  @Test
  void restartLoadsTheStoredModelInsteadOfTraining() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierService first = injector.getInstance(ClassifierService.class);
    first.start();
    LessonInput lesson =
        LessonInput.of("", "We reused the checklist again", Strategy.MTS, PriorityClass.STANDARD);

    ClassifierService restarted = restarted(injector);

    assertThat(restarted.start().version()).isEqualTo(1);
    assertThat(restarted.classify(lesson)).isEqualTo(first.classify(lesson));
  }

  @Test
  void aStoredModelTrainedOnOtherFeaturesIsNotRestoredButReplacedByANewOne() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierModelStore store = injector.getInstance(ClassifierModelStore.class);
    ModelCodec codec = injector.getInstance(ModelCodec.class);
    LearnedClassifierTrainer trainer = injector.getInstance(LearnedClassifierTrainer.class);
    String current =
        trainer.featureFingerprint(injector.getInstance(LabelledLessonReader.class).bundled());
    StoredModel first = injector.getInstance(ClassifierService.class).start();
    // the same models, as a release with another feature extractor would have stored them
    byte[] otherRelease = codec.encode(codec.decode(first.payload(), current), "another release");
    store.save(new StoredModel(0, Classifiers.NOW, 0, otherRelease, Map.of()));

    StoredModel started = restarted(injector).start();

    assertThat(started.version()).isEqualTo(3);
    assertThat(store.latest().orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void anUnreadableStoredModelIsReplacedByANewOneInsteadOfFailingTheStart() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierModelStore store = injector.getInstance(ClassifierModelStore.class);
    store.save(new StoredModel(0, Classifiers.NOW, 0, new byte[] {0, 0, 0, 1, 42}, Map.of()));
    LessonInput lesson =
        LessonInput.of("", "We reused the checklist again", Strategy.MTS, PriorityClass.STANDARD);

    ClassifierService service = restarted(injector);

    assertThat(service.start().version()).isEqualTo(2);
    ClassifierService fresh =
        Classifiers.injector(ClassifySettings.defaults()).getInstance(ClassifierService.class);
    assertThat(service.classify(lesson)).isEqualTo(fresh.classify(lesson));
  }

  @Test
  void aRetrainDueOnAnotherInstanceUsesTheModelItStoredInsteadOfTrainingAnother() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierService first = injector.getInstance(ClassifierService.class);
    first.start();
    ClassifierService second = restarted(injector);
    second.start();
    InMemoryLabelledLessonSource corrections =
        injector.getInstance(InMemoryLabelledLessonSource.class);
    for (int i = 0; i < 20; i++) {
      corrections.add(corrected(i));
    }
    assertThat(second.retrainIfDue()).isTrue();

    assertThat(first.retrainIfDue()).isTrue();

    assertThat(first.modelVersion()).isEqualTo(2);
    StoredModel latest = injector.getInstance(ClassifierModelStore.class).latest().orElseThrow();
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.confirmedLessons()).isEqualTo(20);
  }

  @Test
  void aRetrainFinishingAfterANewerOneOfAnotherInstanceKeepsTheNewerModel() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierModelStore shared = injector.getInstance(ClassifierModelStore.class);
    StoredModel first = injector.getInstance(ClassifierService.class).start();
    // while this instance trains on 20 corrections, another stores one trained on 25
    ClassifierModelStore racing =
        new ClassifierModelStore() {
          @Override
          public StoredModel save(StoredModel model) {
            shared.save(new StoredModel(0, Classifiers.NOW, 25, first.payload(), Map.of()));
            return shared.save(model);
          }

          @Override
          public java.util.Optional<StoredModel> latest() {
            return shared.latest();
          }
        };
    ClassifierService slow =
        new ClassifierService(
            injector.getInstance(LearnedClassifierTrainer.class),
            injector.getInstance(LabelledLessonReader.class),
            injector.getInstance(LabelledLessonSource.class),
            racing,
            new ModelCodec(),
            injector.getInstance(RetrainPolicy.class),
            Classifiers.clock());
    assertThat(slow.start().version()).isEqualTo(1);
    InMemoryLabelledLessonSource corrections =
        injector.getInstance(InMemoryLabelledLessonSource.class);
    for (int i = 0; i < 20; i++) {
      corrections.add(corrected(i));
    }

    assertThat(slow.retrainIfDue()).isTrue();

    StoredModel latest = shared.latest().orElseThrow();
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.confirmedLessons()).isEqualTo(25);
    assertThat(slow.modelVersion()).isEqualTo(2);
  }

  /** A second service on the same store, as after a restart or on another instance. */
  private static ClassifierService restarted(Injector injector) {
    return new ClassifierService(
        injector.getInstance(LearnedClassifierTrainer.class),
        injector.getInstance(LabelledLessonReader.class),
        injector.getInstance(LabelledLessonSource.class),
        injector.getInstance(ClassifierModelStore.class),
        new ModelCodec(),
        injector.getInstance(RetrainPolicy.class),
        java.time.Clock.systemUTC());
  }
}
