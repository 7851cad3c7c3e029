package org.learningoffice.digest.delivery;

import java.time.Instant;

/**
 * How far the service has taken in Jira's order changes, so that the scheduler does not send a
 * week's digest while the closes of that week are still on their way in (after an outage, the
 * poller's first round finds the closes the webhooks missed).
 */
public interface OrderIntakeProgress {
  /** Whether every order change Jira made before {@code until} has been found and applied. */
  boolean caughtUpTo(Instant until);
}
