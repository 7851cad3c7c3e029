package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Recurrence;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

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

  @Test
  void theModelVersionOfASuggestionIsThatOfTheModelThatMadeItWhenARetrainSwapsItMeanwhile() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    ClassifierService service = injector.getInstance(ClassifierService.class);
    assertThat(service.start().version()).isEqualTo(1);
    LessonInput lesson =
        LessonInput.of(
            "Crates again",
            "The crate drawings never reached the packing team.",
            Strategy.ETO,
            PriorityClass.EXPEDITED);
    Classification byFirstModel = service.classify(lesson);
    InMemoryLabelledLessonSource corrections =
        injector.getInstance(InMemoryLabelledLessonSource.class);
    for (int i = 0; i < 20; i++) {
      corrections.add(
          new LabelledLesson(
              "C" + i,
              LessonInput.of("", "Corrected lesson " + i, Strategy.MTO, PriorityClass.STANDARD),
              new FacetLabels(Unit.BETWEEN, LessonType.EXPLORATION, Direction.FOR)));
    }
    // the retraining swaps the model while the suggestion looks for recurrence
    EarlierLessons retrainingMeanwhile =
        (from, to) -> {
          service.retrainIfDue();
          return List.of();
        };
    LessonSuggester suggester =
        new LessonSuggester(
            service,
            new RecurrenceDetector(
                retrainingMeanwhile,
                injector.getInstance(Tokenizer.class),
                ClassifySettings.defaults(),
                Classifiers.clock()));

    LessonSuggestions suggestions = suggester.suggest(1, lesson);

    assertThat(service.modelVersion()).isEqualTo(2);
    assertThat(suggestions.classification()).isEqualTo(byFirstModel);
    assertThat(suggestions.modelVersion()).isEqualTo(OptionalInt.of(1));
  }
}
