package org.learningoffice.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Gauges {@code lo_queue_rows{queue, status}} for a queue table. One scrape reads each table once:
 * the counts are kept for a few seconds, so the gauges of one table share a single query.
 */
final class QueueDepthMetrics {
  static final String[] STATUSES = {"PENDING", "RUNNING", "DONE", "PARKED"};
  private static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final Supplier<Map<String, Integer>> countsByStatus;
  private final Clock clock;
  private Map<String, Integer> counts = Map.of();
  private Instant countedAt = Instant.MIN;

  private QueueDepthMetrics(Supplier<Map<String, Integer>> countsByStatus, Clock clock) {
    this.countsByStatus = countsByStatus;
    this.clock = clock;
  }

  /** Registers the gauges of one queue; a database that cannot be read shows as NaN. */
  static void register(
      MeterRegistry registry,
      String queue,
      Supplier<Map<String, Integer>> countsByStatus,
      Clock clock) {
    QueueDepthMetrics depths = new QueueDepthMetrics(countsByStatus, clock);
    for (String status : STATUSES) {
      Gauge.builder("lo_queue_rows", depths, d -> d.count(status))
          .description("Rows of a queue table by status")
          .tag("queue", queue)
          .tag("status", status)
          .strongReference(true)
          .register(registry);
    }
  }

  private synchronized double count(String status) {
    Instant now = clock.instant();
    if (countedAt.plus(FRESH_FOR).isBefore(now)) {
      try {
        counts = Map.copyOf(countsByStatus.get());
      } catch (RuntimeException e) {
        return Double.NaN;
      }
      countedAt = now;
    }
    return counts.getOrDefault(status, 0);
  }
}
