package org.learningoffice.jira;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header: delta-seconds or an HTTP-date (RFC 9110). A wait longer
 * than {@link #LONGEST} is cut to it: Jira's longest limit window is its hourly quota, and a longer
 * value (a proxy's, or a unit mistake) would otherwise hold every call of the client back for as
 * long, or overflow the clock.
 */
final class RetryAfterHeader {
  /** The longest wait honoured. */
  static final Duration LONGEST = Duration.ofHours(1);

  private RetryAfterHeader() {}

  /**
   * The wait the header asks for, measured from {@code now} and at most {@link #LONGEST}; empty
   * when absent or unreadable.
   */
  static Optional<Duration> parse(String value, Instant now) {
    return asked(value, now).map(wait -> wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
  }

  private static Optional<Duration> asked(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException tooLarge) {
        return Optional.of(LONGEST);
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException unreadable) {
      return Optional.empty();
    }
  }
}
