package org.learningoffice.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue table's rows by status and how long its oldest row has waited. Parked rows, or a row
 * waiting longer than {@code health.maxQueueAge}, make it {@link Status#DEGRADED}: the service
 * keeps working, but a person should look (at {@code last_error} of parked rows, at why the queue
 * does not move).
 */
public final class QueueHealthCheck implements HealthCheck {
  private static final Logger log = LoggerFactory.getLogger(QueueHealthCheck.class);

  private final QueueTable queue;
  private final Duration maxAge;
  private final Clock clock;

  public QueueHealthCheck(QueueTable queue, Duration maxAge, Clock clock) {
    this.queue = queue;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  @Override
  public String name() {
    return queue.name();
  }

  @Override
  public Result check() {
    Map<String, Integer> counts;
    Optional<Instant> oldest;
    try {
      counts = new TreeMap<>(queue.countsByStatus());
      oldest = queue.oldestWaitingSince();
    } catch (RuntimeException e) {
      log.warn("Cannot count the {} queue: {}", queue.name(), e.getMessage());
      return new Result(Status.DOWN, Map.of("error", "cannot count rows"));
    }
    for (String status : new String[] {"PENDING", "RUNNING", "DONE", "PARKED"}) {
      counts.putIfAbsent(status, 0);
    }
    Map<String, Object> details = new LinkedHashMap<>(counts);
    Duration waited =
        oldest.map(since -> Duration.between(since, clock.instant())).orElse(Duration.ZERO);
    details.put("oldestWaitingSeconds", Math.max(0, waited.toSeconds()));
    boolean stalled = waited.compareTo(maxAge) > 0;
    if (stalled) {
      details.put("stalled", "a row has waited longer than health.maxQueueAge (" + maxAge + ")");
    }
    Status status = counts.get("PARKED") > 0 || stalled ? Status.DEGRADED : Status.UP;
    return new Result(status, details);
  }
}
