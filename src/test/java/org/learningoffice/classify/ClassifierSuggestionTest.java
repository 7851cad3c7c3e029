package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

class ClassifierSuggestionTest {

  private static Injector injector;
  private static Classifier classifier;

  @BeforeAll
  static void trainOnBundledLessons() {
    injector = Classifiers.injector(ClassifySettings.defaults());
    classifier = injector.getInstance(Classifier.class);
  }

  private static LessonInput lesson(String text) {
    return LessonInput.of("", text, Strategy.ATO, PriorityClass.STANDARD);
  }

  @Test
  void explainsUnitByTheCodpRuleWhenTheStageDecidesIt() {
    Classification c =
        classifier.classify(
            lesson("The operator fitted the options the customer ordered on the line.")
                .withStage(Stage.ASSEMBLY));

    assertThat(c.unit().label()).isEqualTo(Unit.FRONT_OFFICE);
    assertThat(c.unit().explanation())
        .isEqualTo("CODP rule: assembly on an ATO order works for this customer");
  }

  @Test
  void explainsTypeByTheWordsThatMovedIt() {
    Classification c =
        classifier.classify(
            lesson(
                "First time we tried a laser-cut prototype bracket instead of the welded one;"
                    + " an experiment that worked."));

    assertThat(c.type().label()).isEqualTo(LessonType.EXPLORATION);
    assertThat(c.type().explanation())
        .startsWith("words: ")
        .contains("tried")
        .contains("first time")
        .doesNotContain("similar to labelled lessons");
  }

  static Stream<String> badTexts() {
    return Stream.of(
        "",
        "   \n\t ",
        "word ".repeat(1000),
        "x".repeat(5000),
        "Die Lieferung kam zu spät, weil die Spezifikation nicht weitergegeben wurde.",
        "納期が遅れた。仕様書が営業から技術に渡されなかった。",
        "🚚🔥😱 👍👍",
        "<p>We <b>reused</b> the <a href='x'>checklist</a> &amp; template</p><script>x</script>",
        "<<<>>>&&&;;; \u0000 \uFFFF");
  }

  @ParameterizedTest
  @MethodSource("badTexts")
  void classifiesOddTextsWithoutErrorAndWithConfidenceInRange(String text) {
    Classification c = classifier.classify(lesson(text));

    for (Facet facet : Facet.values()) {
      assertThat(c.get(facet).confidence()).isBetween(0.0, 1.0);
      assertThat(c.get(facet).explanation()).isNotBlank();
    }
  }

  static Stream<String> textsWithoutKnownWords() {
    return Stream.of(
        "",
        "   \n\t ",
        "x".repeat(5000),
        "納期が遅れた。仕様書が営業から技術に渡されなかった。",
        "🚚🔥😱 👍👍",
        "<div><br/><img src='a.png'/></div>&nbsp;&nbsp;");
  }

  @ParameterizedTest
  @MethodSource("textsWithoutKnownWords")
  void preSelectsNothingForATextWithoutKnownWordsAndNoStage(String text) {
    Classification c = classifier.classify(lesson(text));

    for (Facet facet : Facet.values()) {
      assertThat(c.get(facet).preselect()).as(facet.key()).isFalse();
      assertThat(c.get(facet).confidence()).as(facet.key()).isLessThan(0.6);
    }
  }

  @Test
  void isLessSureOfEmptyTextThanOfAClearLesson() {
    Classification empty = classifier.classify(lesson(""));
    Classification clear =
        classifier.classify(
            lesson(
                "First time we tried a new supplier and a prototype; an experiment with an"
                    + " alternative material."));

    assertThat(empty.type().confidence()).isLessThan(clear.type().confidence());
    assertThat(empty.type().confidence()).isLessThan(0.8);
  }

  @Test
  void preSelectsNothingBelowMinConfidence() {
    Classifier strict =
        Classifiers.injector(ClassifySettings.defaults().withMinConfidence(1.0))
            .getInstance(Classifier.class);

    Classification c = strict.classify(lesson("We reused the checklist again."));

    for (Facet facet : Facet.values()) {
      assertThat(c.get(facet).preselect()).isFalse();
      assertThat(c.get(facet).preselected()).isEmpty();
    }
  }

  @Test
  void neverClaimsCertaintyEvenOnTheLessonsItTrainedOn() {
    // The bundled lessons are its own training data: the surest it ever gets. Some of them score
    // above 0.99 before the cap (unit placed by the CODP rule), so the cap is what holds here.
    double surest = 0;
    for (LabelledLesson lesson : injector.getInstance(LabelledLessonReader.class).bundled()) {
      Classification c = classifier.classify(lesson.input());
      for (Facet facet : Facet.values()) {
        assertThat(c.get(facet).confidence()).as(lesson.id()).isLessThanOrEqualTo(0.99);
        surest = Math.max(surest, c.get(facet).confidence());
      }
    }

    assertThat(surest).isEqualTo(0.99);
  }

  @Test
  void preSelectsExactlyTheFacetsAtOrAboveTheirThreshold() {
    Classification c =
        classifier.classify(
            lesson("The customer's options were fitted on the line.").withStage(Stage.ASSEMBLY));

    for (Facet facet : Facet.values()) {
      FacetSuggestion<?> s = c.get(facet);
      assertThat(s.preselected().isPresent())
          .isEqualTo(s.confidence() >= ClassifySettings.defaults().preselectFrom(facet));
    }
  }
}
