package org.learningoffice.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final RetryPolicy policy =
      new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(5));

  @Test
  void doublesFromTheBaseDelayUpToTheCap() {
    Backoff lowest = new Backoff(policy, () -> 0L);

    assertThat(lowest.delayAfter(1, Optional.empty())).isEqualTo(Duration.ofMillis(500));
    assertThat(lowest.delayAfter(2, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
    assertThat(lowest.delayAfter(3, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
    assertThat(lowest.delayAfter(5, Optional.empty())).isEqualTo(Duration.ofSeconds(5));
    assertThat(lowest.delayAfter(60, Optional.empty())).isEqualTo(Duration.ofSeconds(5));
    assertThat(new Backoff(policy, new Random(1)).delayAfter(60, Optional.empty()))
        .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Test
  void jitterStaysBetweenHalfAndAllOfTheDelay() {
    Backoff backoff = new Backoff(policy, new Random(7));

    for (int i = 0; i < 1_000; i++) {
      assertThat(backoff.delayAfter(3, Optional.empty()))
          .isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
  }

  @Test
  void retryAfterIsAFloorEvenAboveTheCap() {
    Backoff backoff = new Backoff(policy, () -> 0L);

    assertThat(backoff.delayAfter(1, Optional.of(Duration.ofSeconds(30))))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayAfter(4, Optional.of(Duration.ofSeconds(1))))
        .isEqualTo(Duration.ofSeconds(4));
  }
}
