package org.learningoffice.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W48}: Monday to Sunday. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Ww](\\d{2})");

  public IsoWeek {
    LocalDate probe = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_BASED_YEAR, year);
    long weeks = probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(year + " has no ISO week " + week);
    }
  }

  /**
   * Parses {@code 2026-W48} (or {@code 2026-w48}); empty for anything else, including a week the
   * year lacks.
   */
  public static Optional<IsoWeek> parse(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The week that holds a date. */
  public static IsoWeek of(LocalDate date) {
    return new IsoWeek(
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The last full week before the one holding {@code now} in {@code zone}. */
  public static IsoWeek lastFull(Instant now, ZoneId zone) {
    return of(now.atZone(zone).toLocalDate()).minus(1);
  }

  /** Its Monday. */
  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Its Sunday. */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** Monday 00:00 in the zone. */
  public Instant start(ZoneId zone) {
    return monday().atStartOfDay(zone).toInstant();
  }

  /** The next Monday 00:00 in the zone (exclusive end). */
  public Instant end(ZoneId zone) {
    return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  public IsoWeek minus(int weeks) {
    return of(monday().minusWeeks(weeks));
  }

  public IsoWeek plus(int weeks) {
    return of(monday().plusWeeks(weeks));
  }

  @Override
  public int compareTo(IsoWeek other) {
    return monday().compareTo(other.monday());
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
