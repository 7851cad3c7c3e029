package org.learningoffice.writeback;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraOutcomeUnknownException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.outbox.FailureClassifier;

/**
 * How outbox jobs treat Jira's failures: busy or down (429, 5xx) is retried no sooner than Jira's
 * {@code Retry-After}; an unknown outcome is retried (the job checks before repeating a comment); a
 * refusal (403, 404 and other 4xx) is parked, because sending the same again cannot help.
 */
final class JiraFailureClassifier implements FailureClassifier {
  private final Clock clock;

  @Inject
  JiraFailureClassifier(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Verdict> classify(Throwable error) {
    if (error instanceof JiraUnavailableException unavailable) {
      Duration wait = unavailable.retryAfter().orElse(Duration.ZERO);
      Instant now = clock.instant();
      // a Retry-After beyond the last instant there is: the outbox bounds the wait anyway
      return Optional.of(
          new RetryNoSoonerThan(
              wait.compareTo(Duration.between(now, Instant.MAX)) < 0
                  ? now.plus(wait)
                  : Instant.MAX));
    }
    if (error instanceof JiraOutcomeUnknownException) {
      return Optional.of(new RetryNoSoonerThan(clock.instant()));
    }
    if (error instanceof JiraException) {
      return Optional.of(new Park());
    }
    return Optional.empty();
  }
}
