package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterHeaderTest {
  private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void readsDeltaSeconds() {
    assertThat(RetryAfterHeader.parse(" 120 ", now)).contains(Duration.ofMinutes(2));
  }

  @Test
  void readsAnHttpDateAsTheTimeLeftUntilIt() {
    assertThat(RetryAfterHeader.parse("Sat, 28 Nov 2026 10:00:30 GMT", now))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfterHeader.parse("Sat, 28 Nov 2026 09:00:00 GMT", now))
        .contains(Duration.ZERO);
  }

  @Test
  void aWaitLongerThanAnHourIsCutToAnHour() {
    assertThat(RetryAfterHeader.parse("31536000", now)).contains(Duration.ofHours(1));
    assertThat(RetryAfterHeader.parse("9223372036854775807", now)).contains(Duration.ofHours(1));
    assertThat(RetryAfterHeader.parse("99999999999999999999999", now))
        .contains(Duration.ofHours(1));
    assertThat(RetryAfterHeader.parse("Fri, 31 Dec 9999 23:59:59 GMT", now))
        .contains(Duration.ofHours(1));
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfterHeader.parse(null, now)).isEmpty();
    assertThat(RetryAfterHeader.parse("", now)).isEmpty();
    assertThat(RetryAfterHeader.parse("soon", now)).isEmpty();
    assertThat(RetryAfterHeader.parse("-5", now)).isEmpty();
  }
}
