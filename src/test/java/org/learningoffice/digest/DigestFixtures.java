package org.learningoffice.digest;

import java.time.Duration;
import java.time.Instant;
import org.learningoffice.digest.delivery.DigestTiming;
import org.learningoffice.testing.TestApp;

/**
 * The digest tests' application: {@code config/base.yml} and {@code config/digest.yml}, a clock at
 * Monday 30 Nov 2026, 09:00 in Stockholm (so 2026-W48 is the last full week), and a scheduler that
 * checks every 200 ms and does not wait for the order intake (these apps run no poller).
 */
public final class DigestFixtures {
  public static final IsoWeek WEEK = new IsoWeek(2026, 48);
  public static final String ACCESS_TOKEN = "office-access-token-0123456789";
  public static final DigestTiming FAST =
      new DigestTiming(Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ZERO);

  private DigestFixtures() {}

  /** The digest app with these overlays after {@code digest.yml}; the test adds its database. */
  public static TestApp.Builder app(String... overlays) {
    String[] fixtures = new String[overlays.length + 2];
    fixtures[0] = "base.yml";
    fixtures[1] = "digest.yml";
    System.arraycopy(overlays, 0, fixtures, 2, overlays.length);
    return TestApp.from(fixtures)
        .startingAt(Instant.parse("2026-11-30T08:00:00Z"))
        .override(binder -> binder.bind(DigestTiming.class).toInstance(FAST));
  }
}
