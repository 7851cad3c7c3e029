package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Strategy;

class LessonSuggesterTest {

  @Test
  void suggestsFacetsAndShowsEarlierLessonsThatSayTheSame() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    InMemoryEarlierLessons earlier = injector.getInstance(InMemoryEarlierLessons.class);
    String text =
        "The crate drawings never reached the packing team, so crates were built too small.";
    earlier.add(
        new EarlierLesson(
            "E1", 2, "Crates too small", text, Classifiers.NOW.minus(Duration.ofDays(5))));
    earlier.add(
        new EarlierLesson(
            "E2", 3, "Crate sizes missing", text, Classifiers.NOW.minus(Duration.ofDays(30))));

    LessonSuggestions suggestions =
        injector
            .getInstance(LessonSuggester.class)
            .suggest(
                1, LessonInput.of("Crates again", text, Strategy.ETO, PriorityClass.EXPEDITED));

    assertThat(suggestions.recurrence().recurrence()).isEqualTo(Recurrence.RECURRENT);
    assertThat(suggestions.recurrence().summary())
        .isEqualTo("others learned this before: Crates too small; Crate sizes missing");
    assertThat(suggestions.classification().unit().confidence()).isBetween(0.0, 1.0);
  }
}
