package org.learningoffice.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits, up to a limit, for the service to finish a step of the demo it does on its own time. */
final class StepWaiter {
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

  private final Clock clock;

  StepWaiter(Clock clock) {
    this.clock = clock;
  }

  /** Polls {@code done} until it holds; {@code what} names the step when giving up. */
  void await(String what, BooleanSupplier done) {
    Instant deadline = clock.instant().plus(STEP_TIMEOUT);
    while (!done.getAsBoolean()) {
      if (clock.instant().isAfter(deadline)) {
        throw new IllegalStateException("gave up waiting for " + what + " after " + STEP_TIMEOUT);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }
}
