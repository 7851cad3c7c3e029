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
  void readsAnRfc850DateAsTheTimeLeftUntilIt() {
    assertThat(RetryAfterHeader.parse("Saturday, 28-Nov-26 10:00:45 GMT", now))
        .contains(Duration.ofSeconds(45));
  }

  @Test
  void readsAnAsctimeDateAsTheTimeLeftUntilIt() {
    assertThat(RetryAfterHeader.parse("Sat Nov 28 10:01:00 2026", now))
        .contains(Duration.ofMinutes(1));
    // asctime pads a one-digit day with a space
    assertThat(
            RetryAfterHeader.parse(
                "Sun Dec  6 10:00:00 2026", Instant.parse("2026-12-06T09:59:30Z")))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void anRfc850YearMoreThanFiftyYearsAheadIsTheCenturyBefore() {
    // RFC 9110 section 5.6.7: "77" read as 2077 lies more than 50 years ahead of 2026, so 1977;
    // "76" read as 2076 does not
    assertThat(RetryAfterHeader.parse("Monday, 28-Nov-77 10:00:00 GMT", now))
        .contains(Duration.ZERO);
    assertThat(RetryAfterHeader.parse("Saturday, 28-Nov-76 10:00:00 GMT", now))
        .contains(Duration.ofHours(1));
  }

  @Test
  void everyDateFormatIsCutToAnHour() {
    assertThat(RetryAfterHeader.parse("Monday, 30-Nov-26 10:00:00 GMT", now))
        .contains(Duration.ofHours(1));
    assertThat(RetryAfterHeader.parse("Mon Nov 30 10:00:00 2026", now))
        .contains(Duration.ofHours(1));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfterHeader.parse("Sat, 28 Nov 2026 09:00:00 GMT", now))
        .contains(Duration.ZERO);
    assertThat(RetryAfterHeader.parse("Saturday, 28-Nov-26 09:00:00 GMT", now))
        .contains(Duration.ZERO);
    assertThat(RetryAfterHeader.parse("Sat Nov 28 09:00:00 2026", now)).contains(Duration.ZERO);
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
