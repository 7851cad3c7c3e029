package org.learningoffice.web;

import java.util.Map;
import java.util.Objects;

/**
 * One part of {@code GET /health}. Features bind their own checks into the Guice set (the Jira
 * client adds Jira reachability); the worst status of all checks is the service's status.
 */
public interface HealthCheck {
  /** The key under which this check's details appear, e.g. {@code database}. */
  String name();

  /** Runs the check; must not throw (a failure is a {@link Status#DOWN} result). */
  Result check();

  /** How well a part works, from best to worst. */
  enum Status {
    /** Works. */
    UP,
    /** Works, but something needs a person's attention (e.g. parked events); still HTTP 200. */
    DEGRADED,
    /** Does not work; the service answers 503 so load balancers and monitors notice. */
    DOWN
  }

  /** A check's outcome and the details shown with it. */
  record Result(Status status, Map<String, Object> details) {
    public Result {
      Objects.requireNonNull(status, "status");
      details = Map.copyOf(details);
    }
  }
}
