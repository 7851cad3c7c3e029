package org.learningoffice.jira;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The request rate Jira is believed to allow: none known until Jira first answers 429; then a
 * little below the rate observed when it did (multiplicative decrease), rising by a small constant
 * step per second of calls that succeed (additive increase) to find out whether Jira now allows
 * more. Not thread-safe: {@link JiraRateGate} guards it.
 */
final class LearnedRate {
  /** A 429 sets the rate to this share of the rate observed when it came. */
  static final double DECREASE = 0.95;

  /** Per second of successful calls, the rate rises by this share of the rate of the last 429. */
  static final double INCREASE = 0.0025;

  /** Never pace slower than this, whatever was observed. */
  static final double MINIMUM = 1.0;

  private double perSecond = Double.POSITIVE_INFINITY;
  private double step;
  private Instant lastRaise = Instant.MIN;

  /** The pause between two requests; empty while no limit is known. */
  Optional<Duration> interval() {
    if (Double.isInfinite(perSecond)) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofNanos((long) Math.ceil(1_000_000_000d / perSecond)));
  }

  /** Requests per second; infinite while no limit is known. */
  double perSecond() {
    return perSecond;
  }

  /**
   * Jira answered 429 while {@code observed} requests had been sent in the last second; rising
   * starts again at {@code resumeAt}, when the pause Jira asked for ends.
   */
  void rateLimited(int observed, Instant resumeAt) {
    double ceiling = Math.max(MINIMUM, observed);
    perSecond = Math.max(MINIMUM, Math.min(perSecond, ceiling) * DECREASE);
    step = ceiling * INCREASE;
    lastRaise = resumeAt;
  }

  /**
   * A call succeeded at {@code at}. The rate rises by the time since the last rise, counted up to a
   * second, so an idle hour does not count as an hour of success. Near the limit, as Jira Cloud's
   * {@code X-RateLimit-NearLimit} says, it holds.
   */
  void succeeded(Instant at, boolean nearLimit) {
    if (Double.isInfinite(perSecond) || !at.isAfter(lastRaise)) {
      return;
    }
    Duration since = Duration.between(lastRaise, at);
    double seconds = Math.min(1.0, since.toNanos() / 1e9);
    lastRaise = at;
    if (!nearLimit) {
      perSecond += step * seconds;
    }
  }
}
