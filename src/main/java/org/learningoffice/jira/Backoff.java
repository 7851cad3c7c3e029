package org.learningoffice.jira;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Capped exponential backoff with "equal jitter": the delay before attempt n+1 is half of {@code
 * min(maxDelay, baseDelay * 2^(n-1))} plus a random share of the other half. Jira's {@code
 * Retry-After} is a floor: we never come back sooner than asked.
 */
final class Backoff {
  private final RetryPolicy policy;
  private final RandomGenerator random;

  Backoff(RetryPolicy policy, RandomGenerator random) {
    this.policy = policy;
    this.random = random;
  }

  /** The wait after failed attempt {@code attempt} (1-based). */
  Duration delayAfter(int attempt, Optional<Duration> retryAfter) {
    long base = policy.baseDelay().toMillis();
    long cap = policy.maxDelay().toMillis();
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long exponential = base > (cap >> doublings) ? cap : Math.min(cap, base << doublings);
    long half = exponential / 2;
    long jittered = half + (exponential - half == 0 ? 0 : random.nextLong(exponential - half + 1));
    Duration computed = Duration.ofMillis(jittered);
    return retryAfter.filter(asked -> asked.compareTo(computed) > 0).orElse(computed);
  }
}
