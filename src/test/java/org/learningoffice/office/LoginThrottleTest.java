package org.learningoffice.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.testing.MutableClock;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(
          clock,
          new LoginThrottle.Limit(3, Duration.ofSeconds(10)),
          new LoginThrottle.Limit(5, Duration.ofSeconds(1)));

  @Test
  void aClientGetsItsBurstThenWaitsForTheNextAttempt() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.attempt("a")).isEmpty();
    }

    assertThat(throttle.attempt("a")).hasValue(Duration.ofSeconds(10));
    clock.advance(Duration.ofSeconds(4));
    assertThat(throttle.attempt("a")).hasValue(Duration.ofSeconds(6));
    clock.advance(Duration.ofSeconds(6));
    assertThat(throttle.attempt("a")).isEmpty();
  }

  @Test
  void oneClientsGuessingDoesNotLockOutAnother() {
    for (int i = 0; i < 3; i++) {
      throttle.attempt("guesser");
    }
    assertThat(throttle.attempt("guesser")).isPresent();

    assertThat(throttle.attempt("lead")).isEmpty();
  }

  @Test
  void manyClientsTogetherAreHeldToTheOverallLimit() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.attempt("client-" + i)).isEmpty();
    }

    Optional<Duration> wait = throttle.attempt("client-new");
    assertThat(wait).hasValue(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.attempt("client-new")).isEmpty();
  }

  @Test
  void aRefusedAttemptDoesNotUseUpTheAllowance() {
    for (int i = 0; i < 3; i++) {
      throttle.attempt("a");
    }
    for (int i = 0; i < 20; i++) {
      throttle.attempt("a");
    }

    clock.advance(Duration.ofSeconds(10));
    assertThat(throttle.attempt("a")).isEmpty();
  }
}
