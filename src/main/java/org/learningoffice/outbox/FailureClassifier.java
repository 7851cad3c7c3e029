package org.learningoffice.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Says what to do with a job whose handler threw: retry no sooner than a moment (for example Jira's
 * {@code Retry-After}), or park it because retrying cannot help. Empty when the error is not one
 * this classifier knows; errors nobody knows are retried with the outbox's backoff. Multibound.
 */
public interface FailureClassifier {
  Optional<Verdict> classify(Throwable error);

  /** What to do with a failed job. */
  sealed interface Verdict {}

  /** Try again, after the outbox's backoff and no sooner than {@code earliest}. */
  record RetryNoSoonerThan(Instant earliest) implements Verdict {}

  /** Keep the job with its error and do not retry it: a person must look at it. */
  record Park() implements Verdict {}
}
