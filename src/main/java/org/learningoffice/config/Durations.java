package org.learningoffice.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations written as ISO-8601 ({@code PT5M}, {@code P3D}) or short ({@code 5m}, {@code
 * 3d}).
 */
final class Durations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private Durations() {}

  /** A duration in the short form the config reads: {@code 6m20s}, {@code 10m}, {@code 1500ms}. */
  static String text(Duration duration) {
    if (duration.toMillisPart() != 0 || duration.isZero()) {
      return duration.toMillis() + "ms";
    }
    long seconds = duration.toSeconds();
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600 && seconds % 60 == 0 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds >= 60) {
      text.append(seconds / 60).append('m');
    }
    if (seconds % 60 != 0) {
      text.append(seconds % 60).append('s');
    }
    return text.toString();
  }

  static Optional<Duration> parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(value);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return Optional.of(
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          });
    }
    try {
      return Optional.of(Duration.parse(value.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
