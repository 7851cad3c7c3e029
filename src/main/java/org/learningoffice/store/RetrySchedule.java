package org.learningoffice.store;

import java.time.Duration;

/**
 * How often and how soon queued work is retried: exponential backoff from {@code firstDelay},
 * capped at {@code maxDelay}, parked after {@code maxAttempts}.
 */
public record RetrySchedule(int maxAttempts, Duration firstDelay, Duration maxDelay) {
  public static final RetrySchedule DEFAULT =
      new RetrySchedule(8, Duration.ofSeconds(30), Duration.ofHours(2));

  public RetrySchedule {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The wait after the given number of failed attempts (1 = after the first failure). */
  public Duration delayAfter(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
