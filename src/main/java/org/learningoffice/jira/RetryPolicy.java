package org.learningoffice.jira;

import java.time.Duration;
import java.util.Objects;
import org.learningoffice.config.JiraConfig;

/**
 * How hard to try a Jira call that failed for a passing reason (429, 5xx, lost connection).
 *
 * @param maxAttempts attempts in all, the first included (1 = never retry)
 * @param baseDelay delay before the second attempt; doubles per attempt
 * @param maxDelay cap on one computed delay (a longer {@code Retry-After} is still honoured)
 * @param maxTotalTime give up rather than start a wait that would end after this much time
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotalTime) {
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("Jira retry maxAttempts must be at least 1");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxTotalTime, "maxTotalTime");
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxTotalTime.isNegative()) {
      throw new IllegalArgumentException(
          "Jira retry delays must satisfy 0 <= baseDelay <= maxDelay and maxTotalTime >= 0");
    }
  }

  /** 5 attempts, 1 s doubling up to 30 s, at most 2 minutes in all. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        5, Duration.ofSeconds(1), Duration.ofSeconds(30), JiraConfig.RETRY_BUDGET);
  }

  /** One attempt only. */
  public static RetryPolicy noRetries() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }
}
