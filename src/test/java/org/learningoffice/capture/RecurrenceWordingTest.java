package org.learningoffice.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Recurrence;

/** The confirmation never calls a lesson sporadic while it lists others who learned it before. */
class RecurrenceWordingTest {
  private final FormHelp help = new FormHelp(2, Duration.ofDays(90));

  @Test
  void aLessonWithOneSimilarEarlierOneIsNotYetRecurringAndSaysSo() {
    assertThat(help.recurrenceLabel(Recurrence.SPORADIC, 1, 1))
        .isEqualTo("Not recurring yet: 1 earlier lesson alike, recurring from 2 other orders")
        .doesNotContain("Sporadic");
    assertThat(FormHelp.similarHeading(Recurrence.SPORADIC))
        .doesNotContain("Others learned this before");
  }

  @Test
  void aRecurringLessonCountsTheEarlierLessonsListed() {
    assertThat(help.recurrenceLabel(Recurrence.RECURRENT, 3, 3))
        .isEqualTo("Recurring: 3 earlier lessons say much the same");
    assertThat(FormHelp.similarHeading(Recurrence.RECURRENT))
        .isEqualTo("Others learned this before:");
  }

  @Test
  void severalEarlierLessonsOfOneOrderAreCountedAsThatOneOrder() {
    assertThat(help.recurrenceLabel(Recurrence.SPORADIC, 2, 1))
        .isEqualTo(
            "Not recurring yet: 2 earlier lessons of 1 other order alike,"
                + " recurring from 2 other orders");
    assertThat(help.recurrenceLabel(Recurrence.RECURRENT, 3, 2))
        .isEqualTo("Recurring: 3 earlier lessons of 2 other orders say much the same");
  }

  @Test
  void aLessonWithNothingAlikeIsTheFirstOfItsKind() {
    assertThat(help.recurrenceLabel(Recurrence.SPORADIC, 0, 0)).isEqualTo("First of its kind");
  }

  @Test
  void theHelpLineStatesTheConfiguredThreshold() {
    assertThat(help.recurrence())
        .isEqualTo(
            "Recurring means earlier lessons of at least 2 other orders from the last 90 days"
                + " say much the same.");
  }
}
