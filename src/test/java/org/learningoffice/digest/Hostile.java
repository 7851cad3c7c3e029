package org.learningoffice.digest;

import java.time.Instant;
import org.learningoffice.digest.Seed.L;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/** A lesson whose every field tries to be markup in one of the digest's formats. */
public final class Hostile {
  public static final String TITLE = "<img src=x onerror=alert(1)> & *ping* <!here>";
  public static final String BODY =
      "<script>alert('x')</script>\n"
          + "<@U024BE7LH> <!channel> <https://evil.example|click me>\n"
          + "[click](https://evil.example) **bold** _em_ # heading\n"
          + "{code}System.exit(0);{code} [~admin] h1. not a heading\n"
          + "\"quotes\" 'single' `tick` ]]> \\backslash";
  public static final String ACTION = "<b>Act</b> & [now](javascript:alert(1))";
  public static final String SUMMARY = "Order <i>summary</i> & *co*";

  private Hostile() {}

  /** Seeds the hostile lesson in 2026-W48 on an expedited, between-unit order. */
  public static void seed(Seed seed) {
    long order =
        seed.order(
            "ORD-66",
            SUMMARY,
            Strategy.ETO,
            PriorityClass.EXPEDITED,
            Instant.parse("2026-11-24T09:00:00Z"));
    seed.lesson(
        order,
        L.of(TITLE, Instant.parse("2026-11-24T10:00:00Z"))
            .body(BODY)
            .unit(Unit.BETWEEN)
            .action(ACTION));
    seed.order(
        "ORD-67",
        SUMMARY,
        Strategy.MTO,
        PriorityClass.STANDARD,
        Instant.parse("2026-11-25T09:00:00Z"));
  }
}
