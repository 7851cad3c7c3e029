package org.learningoffice.jira;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an HTTP {@code Retry-After} header: delta-seconds or an HTTP-date in any of the three forms
 * RFC 9110 section 5.6.7 says a recipient must accept (IMF-fixdate {@code Sun, 06 Nov 1994 08:49:37
 * GMT}, RFC 850 {@code Sunday, 06-Nov-94 08:49:37 GMT}, asctime {@code Sun Nov 6 08:49:37 1994}). A
 * wait longer than {@link #LONGEST} is cut to it: Jira's longest limit window is its hourly quota,
 * and a longer value (a proxy's, or a unit mistake) would otherwise hold every call of the client
 * back for as long, or overflow the clock.
 */
final class RetryAfterHeader {
  /** The longest wait honoured. */
  static final Duration LONGEST = Duration.ofHours(1);

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.US);

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
    return date(text, now)
        .map(at -> Duration.between(now, at))
        .map(wait -> wait.isNegative() ? Duration.ZERO : wait);
  }

  /** The instant an HTTP-date names, in whichever of its three forms it is written. */
  private static Optional<Instant> date(String text, Instant now) {
    // asctime pads a one-digit day with a second space; the other forms have no double spaces
    String single = text.replaceAll("\\s+", " ");
    List<Function<String, Instant>> forms =
        List.of(
            t -> ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            t -> ZonedDateTime.parse(t, rfc850(now)).toInstant(),
            t -> LocalDateTime.parse(t, ASCTIME).toInstant(ZoneOffset.UTC));
    for (Function<String, Instant> form : forms) {
      try {
        return Optional.of(form.apply(single));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /**
   * RFC 850's two-digit year names the year within 50 years ahead of {@code now}'s, else the most
   * recent past one with the same last two digits (RFC 9110 section 5.6.7).
   */
  private static DateTimeFormatter rfc850(Instant now) {
    int thisYear = now.atZone(ZoneOffset.UTC).getYear();
    return new DateTimeFormatterBuilder()
        .appendPattern("EEEE, dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, thisYear - 49)
        .appendPattern(" HH:mm:ss zzz")
        .toFormatter(Locale.US);
  }
}
