package org.learningoffice.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Gauges {@code lo_queue_rows{queue, status}} (one per status of {@link QueueTable#statuses()}) and
 * {@code lo_queue_oldest_waiting_seconds{queue}} for a queue table. One scrape reads each table
 * once: the figures are kept for a few seconds, so the gauges of one table share its queries.
 */
final class QueueDepthMetrics {
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final QueueTable queue;
  private final Clock clock;
  private Map<String, Integer> counts = Map.of();
  private Optional<Instant> oldest = Optional.empty();
  private Instant countedAt = Instant.MIN;
  private boolean readable = true;

  private QueueDepthMetrics(QueueTable queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  /** Registers the gauges of one queue; a database that cannot be read shows as NaN. */
  static void register(MeterRegistry registry, QueueTable queue, Clock clock) {
    QueueDepthMetrics depths = new QueueDepthMetrics(queue, clock);
    for (String status : queue.statuses()) {
      Gauge.builder("lo_queue_rows", depths, d -> d.count(status))
          .description("Rows of a queue table by status")
          .tag("queue", queue.name())
          .tag("status", status)
          .strongReference(true)
          .register(registry);
    }
    Gauge.builder("lo_queue_oldest_waiting_seconds", depths, QueueDepthMetrics::oldestSeconds)
        .description("How long the oldest row still to be done has waited; 0 when none waits")
        .tag("queue", queue.name())
        .strongReference(true)
        .register(registry);
  }

  private synchronized double count(String status) {
    return refresh() ? counts.getOrDefault(status, 0) : Double.NaN;
  }

  private synchronized double oldestSeconds() {
    if (!refresh()) {
      return Double.NaN;
    }
    return oldest
        .map(since -> Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0))
        .orElse(0.0);
  }

  private boolean refresh() {
    Instant now = clock.instant();
    if (countedAt.plus(FRESH_FOR).isBefore(now)) {
      countedAt = now;
      try {
        counts = Map.copyOf(queue.countsByStatus());
        oldest = queue.oldestWaitingSince();
        readable = true;
      } catch (RuntimeException e) {
        readable = false;
      }
    }
    return readable;
  }
}
