package org.learningoffice.order;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Jira's date-times: {@code 2026-11-20T10:15:00.000+0000} (and ISO offsets like {@code +01:00}).
 */
final class JiraTimes {
  private static final DateTimeFormatter JIRA =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .toFormatter();

  private JiraTimes() {}

  static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, JIRA).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
