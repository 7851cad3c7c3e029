package org.learningoffice.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.outbox.FailureClassifier;
import org.learningoffice.testing.MutableClock;

class JiraFailureClassifierTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private final JiraFailureClassifier classifier = new JiraFailureClassifier(clock);

  private static JiraUnavailableException busy(Duration retryAfter) {
    return new JiraUnavailableException(
        "POST", "/rest/api/3/issue/ORD-1/comment", 5, "HTTP 429", Optional.of(retryAfter), null);
  }

  @Test
  void aBusyJiraIsRetriedNoSoonerThanItsRetryAfter() {
    assertThat(classifier.classify(busy(Duration.ofMinutes(5))))
        .contains(new FailureClassifier.RetryNoSoonerThan(clock.instant().plusSeconds(300)));
  }

  @Test
  void aRetryAfterBeyondTheLastInstantIsClassifiedInsteadOfThrowing() {
    // Retry-After: 100000000000000000 (seconds) used to throw DateTimeException, so the job's
    // failure was never recorded and it ran again under every new lease
    assertThat(classifier.classify(busy(Duration.ofSeconds(100_000_000_000_000_000L))))
        .contains(new FailureClassifier.RetryNoSoonerThan(Instant.MAX));
    assertThat(classifier.classify(busy(Duration.ofSeconds(Long.MAX_VALUE))))
        .contains(new FailureClassifier.RetryNoSoonerThan(Instant.MAX));
  }
}
