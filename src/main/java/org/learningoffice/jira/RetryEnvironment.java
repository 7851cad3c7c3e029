package org.learningoffice.jira;

import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Time, waiting and chance as the retry logic sees them; fixed in tests so that backoff is fast and
 * deterministic.
 *
 * @param random used from several threads, so it must be thread-safe in production
 */
public record RetryEnvironment(Clock clock, Sleeper sleeper, RandomGenerator random) {
  public RetryEnvironment {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(random, "random");
  }

  /** The system clock, real sleeps and a thread-safe {@link Random}. */
  public static RetryEnvironment system() {
    return new RetryEnvironment(Clock.systemUTC(), Sleeper.threadSleep(), new Random());
  }
}
