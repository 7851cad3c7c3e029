package org.learningoffice.digest;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;
import org.learningoffice.web.HtmlTemplates;

/** How the digest names things for people, the same in every format. */
public final class Labels {
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private Labels() {}

  public static String unit(Unit unit) {
    return switch (unit) {
      case FRONT_OFFICE -> "Front office";
      case BACK_OFFICE -> "Back office";
      case BETWEEN -> "Between";
    };
  }

  public static String type(LessonType type) {
    return switch (type) {
      case EXPLOITATION -> "Exploitation";
      case EXPLORATION -> "Exploration";
    };
  }

  /**
   * A facet value as people read it, the same on the dashboard and in every digest format:
   * EXPEDITED → Expedited, ORDER_ENTRY → Order entry; a delivery strategy keeps its code (ETO).
   */
  public static String value(Enum<?> value) {
    return value instanceof Strategy ? value.name() : HtmlTemplates.label(value);
  }

  /** {@code Front office / Exploration}: the facets a lesson is filed under. */
  static String facets(DigestLesson lesson) {
    return unit(lesson.unit())
        + " · "
        + type(lesson.type())
        + " · "
        + (lesson.direction().name().equals("FOR") ? "for orders" : "from orders")
        + " · "
        + (lesson.timing().name().equals("REAL_TIME") ? "real time" : "retrospective");
  }

  public static String title(Digest digest) {
    return "Learning office digest "
        + digest.week()
        + " ("
        + DAY.format(digest.week().monday())
        + " – "
        + DAY.format(digest.week().sunday())
        + ")";
  }

  static String emptyWeek(Digest digest) {
    return "No order closed and no lesson was captured in " + digest.week() + ".";
  }

  public static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  static String signed(double change) {
    String number = String.format(Locale.ROOT, "%.1f", Math.abs(change));
    return (change < 0 ? "−" : "+") + number;
  }

  /** Lessons per closed order as the digest and the dashboard show them: one decimal, 1.7, 1.0. */
  public static String perOrder(double lessonsPerOrder) {
    return oneDecimal(lessonsPerOrder);
  }

  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A duration in days and hours, rounded to the hour. */
  public static String duration(Duration d) {
    long hours = Math.round(d.toMinutes() / 60.0);
    if (hours < 24) {
      return hours + " h";
    }
    return (hours / 24) + " d " + (hours % 24) + " h";
  }

  /** The first {@code max} words of a text on one line, with "…" when it had more. */
  static String words(String text, int max) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= max) {
      return String.join(" ", words);
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, max)) + " …";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String summary(Digest digest) {
    Digest.Totals t = digest.totals();
    if (t.ordersClosed() == 0) {
      // no closed order, no capture rate: 0% would blame a week in which nothing closed
      return "No order closed in "
          + digest.week()
          + "; "
          + count(t.lessonsCaptured(), "lesson")
          + " captured, "
          + timing(t);
    }
    return count(t.ordersClosed(), "order")
        + " closed, "
        + count(t.lessonsCaptured(), "lesson")
        + " captured, capture rate "
        + percent(t.captureRate())
        + t.medianTimeToFirstLesson()
            .map(d -> ", median time to first lesson " + duration(d))
            .orElse("")
        + "; "
        + timing(t);
  }

  /** When the week's lessons were written, in the taxonomy's words with what they mean. */
  private static String timing(Digest.Totals t) {
    return t.realTime()
        + " in real time (the order still open), "
        + t.retrospective()
        + " in retrospect (after it closed).";
  }
}
