package org.learningoffice.jira;

import java.time.Duration;
import java.util.Objects;

/**
 * Time limits of one HTTP attempt: to connect, between bytes read, and for the whole call (connect,
 * write, wait, read). Retries add to these; {@link RetryPolicy#maxTotalTime()} bounds the sum.
 */
public record JiraTimeouts(Duration connect, Duration read, Duration call) {
  public JiraTimeouts {
    requirePositive(connect, "connect");
    requirePositive(read, "read");
    requirePositive(call, "call");
  }

  /** 10 s to connect, 30 s to read, 60 s per call. */
  public static JiraTimeouts defaults() {
    return new JiraTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("Jira " + name + " timeout must be positive");
    }
  }
}
