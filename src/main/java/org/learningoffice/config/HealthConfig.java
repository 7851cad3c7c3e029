package org.learningoffice.config;

import java.time.Duration;

/**
 * What {@code /health} calls a stalled queue: a row of the inbox or the outbox still waiting after
 * {@code health.maxQueueAge} makes the service {@code DEGRADED}.
 */
public record HealthConfig(Duration maxQueueAge) {
  public static final Duration DEFAULT_MAX_QUEUE_AGE = Duration.ofMinutes(10);
  public static final HealthConfig DEFAULT = new HealthConfig(DEFAULT_MAX_QUEUE_AGE);

  static HealthConfig read(ConfigReader r) {
    return new HealthConfig(r.duration("health.maxQueueAge", DEFAULT_MAX_QUEUE_AGE));
  }
}
