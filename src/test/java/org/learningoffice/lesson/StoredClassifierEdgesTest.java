package org.learningoffice.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.classify.ClassifierModelStore;
import org.learningoffice.classify.ClassifierService;
import org.learningoffice.classify.ClassifyModule;
import org.learningoffice.classify.ClassifySettings;
import org.learningoffice.classify.DatabaseClassifierModelStore;
import org.learningoffice.classify.EarlierLesson;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.StoredModel;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

/**
 * The classifier's edges on the store: person-confirmed lessons as training data, earlier lessons
 * in a window, model versions in {@code classifier_models}, and retraining when enough arrive.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class StoredClassifierEdgesTest {
  private final TestDatabase db;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final ObjectMapper json = new ObjectMapper();
  private final LessonRepository lessons;
  private final long orderId;
  private int submissions;

  StoredClassifierEdgesTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    lessons = new LessonRepository(db.database(), clock);
    orderId =
        db.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createUpdate(
                            "INSERT INTO orders (issue_id, issue_key, summary, strategy,"
                                + " strategy_source, priority_class, status, created_at,"
                                + " last_event_at, updated_at) VALUES ('1', 'ORD-1', 'Pump',"
                                + " 'ATO', 'LABEL', 'EXPEDITED', 'CLOSED', :t, :t, :t)")
                        .bind("t", clock.instant())
                        .executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class)
                        .one());
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Lesson store(String title, SetBy unitSetBy) {
    NewLesson lesson =
        new NewLesson(
            orderId,
            "s-" + (++submissions),
            title,
            "The " + title.toLowerCase(java.util.Locale.ROOT) + " again, as on earlier orders.",
            Optional.empty(),
            new FacetChoice<>(Unit.BETWEEN, unitSetBy, OptionalDouble.empty()),
            FacetChoice.byClassifier(LessonType.EXPLOITATION, 0.8),
            FacetChoice.byClassifier(Direction.FROM, 0.7),
            Timing.RETROSPECTIVE,
            Recurrence.SPORADIC,
            Optional.empty(),
            "Ann",
            OptionalInt.empty(),
            List.of());
    return db.database().jdbi().inTransaction(h -> lessons.insert(h, lesson));
  }

  @Test
  void onlyLessonsWithAFacetSetByAPersonAreTrainingDataWithTheirOrderContext() {
    store("Hand-over of the spec was late", SetBy.PERSON);
    store("Classifier kept everything", SetBy.CLASSIFIER);

    StoredLabelledLessons source = new StoredLabelledLessons(lessons);
    List<LabelledLesson> confirmed = source.confirmed();

    assertThat(confirmed).hasSize(1);
    assertThat(source.countConfirmed()).isEqualTo(1);
    LabelledLesson lesson = confirmed.get(0);
    assertThat(lesson.input().title()).isEqualTo("Hand-over of the spec was late");
    assertThat(lesson.input().strategy()).isEqualTo(Strategy.ATO);
    assertThat(lesson.input().priority()).isEqualTo(PriorityClass.EXPEDITED);
    assertThat(lesson.gold().unit()).isEqualTo(Unit.BETWEEN);
    assertThat(lesson.gold().type()).isEqualTo(LessonType.EXPLOITATION);
  }

  @Test
  void earlierLessonsAreThoseInTheWindowWithTheirOrder() {
    store("Old one", SetBy.PERSON);
    clock.advance(Duration.ofDays(100));
    Lesson recent = store("Recent one", SetBy.PERSON);
    clock.advance(Duration.ofDays(1));

    List<EarlierLesson> window =
        new StoredEarlierLessons(lessons)
            .capturedBetween(clock.instant().minus(Duration.ofDays(90)), clock.instant());

    assertThat(window).extracting(EarlierLesson::id).containsExactly(recent.publicId());
    assertThat(window).extracting(EarlierLesson::orderId).containsExactly(orderId);
  }

  @Test
  void modelVersionsAreNumberedAndTheLatestReadsBack() {
    DatabaseClassifierModelStore store = new DatabaseClassifierModelStore(db.database(), json);
    byte[] payload = {1, 2, 3, 0, -1};

    StoredModel first =
        store.save(
            new StoredModel(0, clock.instant(), 0, payload, Map.of("trainingLessons", 589.0)));
    StoredModel second =
        store.save(new StoredModel(0, clock.instant().plusSeconds(60), 4, payload, Map.of()));

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    StoredModel latest = store.latest().orElseThrow();
    assertThat(latest.version()).isEqualTo(2);
    assertThat(latest.confirmedLessons()).isEqualTo(4);
    assertThat(latest.payload()).containsExactly(payload);
    assertThat(latest.trainedAt()).isEqualTo(clock.instant().plusSeconds(60));
  }

  @Test
  void aModelTrainedOnFewerConfirmedLessonsDoesNotReplaceTheNewerStoredOne() {
    DatabaseClassifierModelStore store = new DatabaseClassifierModelStore(db.database(), json);
    byte[] newer = {4, 5, 6};
    store.save(new StoredModel(0, clock.instant(), 25, newer, Map.of()));

    // another instance's retraining, begun before those 25 corrections, finishes later
    StoredModel saved =
        store.save(
            new StoredModel(0, clock.instant().plusSeconds(60), 20, new byte[] {1}, Map.of()));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.confirmedLessons()).isEqualTo(25);
    assertThat(saved.payload()).containsExactly(newer);
    StoredModel latest = store.latest().orElseThrow();
    assertThat(latest.version()).isEqualTo(1);
    assertThat(latest.payload()).containsExactly(newer);
  }

  @Test
  void enoughPersonConfirmedLessonsRetrainAndAnotherInstanceLoadsTheStoredModel() {
    ClassifySettings settings = new ClassifySettings(0.6, Duration.ofDays(90), 2, 0.3, 2);
    ClassifierService service = service(settings);
    assertThat(service.start().version()).isEqualTo(1);
    store("Hand-over of the spec was late", SetBy.PERSON);
    assertThat(service.retrainIfDue()).isFalse();

    store("Change order reached the shop floor late", SetBy.PERSON);

    assertThat(service.retrainIfDue()).isTrue();
    assertThat(service.modelVersion()).isEqualTo(2);
    int examples =
        db.database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT examples FROM classifier_models WHERE version = 2")
                        .mapTo(Integer.class)
                        .one());
    assertThat(examples).isEqualTo(2);
    ClassifierService another = service(settings);
    assertThat(another.start().version()).isEqualTo(2);
  }

  private ClassifierService service(ClassifySettings settings) {
    Injector injector =
        Guice.createInjector(
            binder -> {
              binder.bind(java.time.Clock.class).toInstance(clock);
              binder.bind(Database.class).toInstance(db.database());
              binder.bind(ObjectMapper.class).toInstance(json);
              binder.bind(ClassifierModelStore.class).to(DatabaseClassifierModelStore.class);
            },
            new ClassifyModule(settings),
            new LessonModule());
    return injector.getInstance(ClassifierService.class);
  }
}
