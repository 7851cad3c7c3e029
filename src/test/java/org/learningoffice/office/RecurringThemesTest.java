package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.learningoffice.lesson.FacetChoice;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonFigures.Recurrent;
import org.learningoffice.lesson.LessonWithOrder;
import org.learningoffice.lesson.SimilarEarlier;
import org.learningoffice.office.RecurringThemes.Occurrence;
import org.learningoffice.office.RecurringThemes.Theme;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Timing;
import org.learningoffice.taxonomy.Unit;

/** How the week's recurrent lessons and their similar earlier ones become themes. */
class RecurringThemesTest {
  private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void lessonsLinkedThroughEarlierOnesFormOneThemeCountedOncePerLesson() {
    // 1 and 2 share earlier e1; 2 also repeats e2; 3 repeats e3 alone; 4 has no earlier lesson
    Recurrent recurrent =
        new Recurrent(
            List.of(
                week(1, "Seal late again", "ORD-1"),
                week(2, "Seals late once more", "ORD-2"),
                week(3, "Paint mixed up", "ORD-3"),
                week(4, "Crane booked twice", "ORD-1")),
            List.of(
                earlier(1, "e1", "Seal supplier late", "ORD-9"),
                earlier(2, "e1", "Seal supplier late", "ORD-9"),
                earlier(2, "e2", "Seals short", "ORD-2"),
                earlier(3, "e3", "Paint wrong", "ORD-8")),
            false);

    List<Theme> themes = RecurringThemes.of(recurrent);

    assertThat(themes)
        .extracting(Theme::title, t -> t.lessons().size(), Theme::issueKeys)
        .containsExactly(
            tuple("Seal late again", 4, List.of("ORD-1", "ORD-2", "ORD-9")),
            tuple("Paint mixed up", 2, List.of("ORD-3", "ORD-8")),
            tuple("Crane booked twice", 1, List.of("ORD-1")));
    assertThat(themes.get(0).lessons())
        .containsExactly(
            new Occurrence("Seal late again", "ORD-1"),
            new Occurrence("Seals late once more", "ORD-2"),
            new Occurrence("Seal supplier late", "ORD-9"),
            new Occurrence("Seals short", "ORD-2"));
  }

  @Test
  void noRecurrentLessonsMakeNoThemes() {
    assertThat(RecurringThemes.of(new Recurrent(List.of(), List.of(), false))).isEmpty();
  }

  private static LessonWithOrder week(long id, String title, String issueKey) {
    Lesson lesson =
        new Lesson(
            id,
            "w" + id,
            id,
            title,
            "text",
            Optional.empty(),
            FacetChoice.byClassifier(Unit.FRONT_OFFICE, 0.8),
            FacetChoice.byClassifier(LessonType.EXPLOITATION, 0.8),
            FacetChoice.byPerson(Direction.FROM, OptionalDouble.empty()),
            Timing.RETROSPECTIVE,
            Recurrence.RECURRENT,
            Optional.empty(),
            "Ada",
            OptionalInt.empty(),
            AT.minusSeconds(id));
    return new LessonWithOrder(lesson, issueKey, "summary", Strategy.ETO, PriorityClass.STANDARD);
  }

  private static SimilarEarlier earlier(long later, String publicId, String title, String key) {
    return new SimilarEarlier(
        later,
        publicId,
        title,
        AT.minusSeconds(86_400),
        0.7,
        key,
        "summary",
        Strategy.ETO,
        PriorityClass.STANDARD);
  }
}
