package org.learningoffice.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** A day of the week and a time of day, written {@code MON 07:00}. */
public record WeeklySchedule(DayOfWeek day, LocalTime time) {
  public static final WeeklySchedule DEFAULT =
      new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(7, 0));

  /** Parses {@code MON 07:00} (the day may be written in full). */
  public static Optional<WeeklySchedule> parse(String text) {
    String[] parts = text.strip().split("\\s+", -1);
    if (parts.length != 2) {
      return Optional.empty();
    }
    String day = parts[0].toUpperCase(Locale.ROOT);
    try {
      LocalTime time = LocalTime.parse(parts[1]);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (day.length() >= 3 && d.name().startsWith(day)) {
          return Optional.of(new WeeklySchedule(d, time));
        }
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return day.name().substring(0, 3) + " " + time;
  }
}
