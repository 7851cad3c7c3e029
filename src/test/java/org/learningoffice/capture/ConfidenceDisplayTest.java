package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceDisplayTest {

  @Test
  void theFormNeverSaysMoreThanNinetyNinePercentSure() {
    assertThat(SuggestionHint.shownPercent(1.0)).isEqualTo(99);
    assertThat(SuggestionHint.shownPercent(0.996)).isEqualTo(99);
    assertThat(SuggestionHint.shownPercent(0.87)).isEqualTo(87);
  }
}
