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
    assertThat(help.recurrenceLabel(Recurrence.SPORADIC, 1))
        .isEqualTo("Not recurring yet: 1 earlier lesson alike, recurring from 2")
        .doesNotContain("Sporadic");
    assertThat(FormHelp.similarHeading(Recurrence.SPORADIC))
        .doesNotContain("Others learned this before");
  }

  @Test
  void aRecurringLessonCountsTheEarlierLessonsListed() {
    assertThat(help.recurrenceLabel(Recurrence.RECURRENT, 3))
        .isEqualTo("Recurring: 3 earlier lessons say much the same");
    assertThat(FormHelp.similarHeading(Recurrence.RECURRENT))
        .isEqualTo("Others learned this before:");
  }

  @Test
  void aLessonWithNothingAlikeIsTheFirstOfItsKind() {
    assertThat(help.recurrenceLabel(Recurrence.SPORADIC, 0)).isEqualTo("First of its kind");
  }

  @Test
  void theHelpLineStatesTheConfiguredThreshold() {
    assertThat(help.recurrence())
        .contains("at least 2 earlier lessons of other orders from the last 90 days");
  }
}
