package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningoffice.classify.FacetSuggestion;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

class SuggestionHintTest {

  @Test
  void theExplanationEndsWithAFullStopBeforeNotSureEnough() {
    FacetSuggestion<Unit> unsure =
        new FacetSuggestion<>(
            Unit.FRONT_OFFICE, 0.43, "words: next time, too late, the customer, customer's", false);

    assertThat(SuggestionHint.of(unsure))
        .isEqualTo(
            "Suggested: Front office (43% sure) — words: next time, too late, the customer,"
                + " customer's. Not sure enough to pre-select.");
  }

  @Test
  void aPreselectedSuggestionEndsItsOnlySentence() {
    FacetSuggestion<LessonType> sure =
        new FacetSuggestion<>(LessonType.EXPLORATION, 0.91, "words: first time, tried", true);

    assertThat(SuggestionHint.of(sure))
        .isEqualTo("Suggested: Exploration (91% sure) — words: first time, tried.");
  }

  @Test
  void anExplanationThatEndsItsSentenceGetsNoSecondFullStop() {
    FacetSuggestion<Unit> closed =
        new FacetSuggestion<>(Unit.BETWEEN, 0.5, "the wording as a whole.", false);

    assertThat(SuggestionHint.of(closed))
        .isEqualTo(
            "Suggested: Between (50% sure) — the wording as a whole. Not sure enough to"
                + " pre-select.");
  }
}
