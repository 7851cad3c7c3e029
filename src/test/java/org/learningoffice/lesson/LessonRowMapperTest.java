package org.learningoffice.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.testing.TestDatabase;

/** A lesson row reads back as the record, nullable columns as empty optionals. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.Kind.class)
class LessonRowMapperTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final TestDatabase db;

  LessonRowMapperTest(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyColumnReadsBackIncludingTheNullOnes() {
    Lesson lesson =
        db.database()
            .jdbi()
            .withHandle(
                h -> {
                  long order =
                      h.createUpdate(
                              "INSERT INTO orders (issue_id, issue_key, summary, strategy,"
                                  + " strategy_source, priority_class, status, created_at,"
                                  + " last_event_at, updated_at) VALUES ('1', 'ORD-1', 'Pump',"
                                  + " 'ETO', 'LABEL', 'STANDARD', 'OPEN', :t, :t, :t)")
                          .bind("t", NOW)
                          .executeAndReturnGeneratedKeys("id")
                          .mapTo(Long.class)
                          .one();
                  h.createUpdate(
                          "INSERT INTO lessons (public_id, order_id, submission_key, title, body,"
                              + " stage, unit, unit_set_by, unit_confidence, lesson_type,"
                              + " type_set_by, type_confidence, direction, direction_set_by,"
                              + " timing, recurrence, author, model_version, created_at) VALUES"
                              + " ('p-1', :order, 's-1', '<b>Title</b>', 'Text', 'ASSEMBLY',"
                              + " 'FRONT_OFFICE', 'PERSON', 0.61, 'EXPLORATION', 'CLASSIFIER',"
                              + " 0.9, 'FOR', 'PERSON', 'REAL_TIME', 'RECURRENT', 'Ann', 3, :t)")
                      .bind("order", order)
                      .bind("t", NOW)
                      .execute();
                  return h.createQuery("SELECT " + LessonRowMapper.COLUMNS + " FROM lessons")
                      .map(new LessonRowMapper())
                      .one();
                });

    assertThat(lesson.publicId()).isEqualTo("p-1");
    assertThat(lesson.title()).isEqualTo("<b>Title</b>");
    assertThat(lesson.stage()).contains(Stage.ASSEMBLY);
    assertThat(lesson.unit())
        .isEqualTo(new FacetChoice<>(Unit.FRONT_OFFICE, SetBy.PERSON, OptionalDouble.of(0.61)));
    assertThat(lesson.type()).isEqualTo(FacetChoice.byClassifier(LessonType.EXPLORATION, 0.9));
    assertThat(lesson.direction())
        .isEqualTo(FacetChoice.byPerson(Direction.FOR, OptionalDouble.empty()));
    assertThat(lesson.timing()).isEqualTo(Timing.REAL_TIME);
    assertThat(lesson.recurrence()).isEqualTo(Recurrence.RECURRENT);
    assertThat(lesson.proposedAction()).isEqualTo(Optional.empty());
    assertThat(lesson.modelVersion()).isEqualTo(OptionalInt.of(3));
    assertThat(lesson.createdAt()).isEqualTo(NOW);
  }
}
