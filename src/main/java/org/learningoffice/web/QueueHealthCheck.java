package org.learningoffice.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue table's rows by status. Parked rows make it {@link Status#DEGRADED}: the service keeps
 * working, but a person should look at {@code last_error} of those rows.
 */
public final class QueueHealthCheck implements HealthCheck {
  private static final Logger log = LoggerFactory.getLogger(QueueHealthCheck.class);

  private final String name;
  private final Supplier<Map<String, Integer>> countsByStatus;

  public QueueHealthCheck(String name, Supplier<Map<String, Integer>> countsByStatus) {
    this.name = name;
    this.countsByStatus = countsByStatus;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Result check() {
    Map<String, Integer> counts;
    try {
      counts = new TreeMap<>(countsByStatus.get());
    } catch (RuntimeException e) {
      log.warn("Cannot count the {} queue: {}", name, e.getMessage());
      return new Result(Status.DOWN, Map.of("error", "cannot count rows"));
    }
    for (String status : new String[] {"PENDING", "RUNNING", "DONE", "PARKED"}) {
      counts.putIfAbsent(status, 0);
    }
    Status status = counts.get("PARKED") > 0 ? Status.DEGRADED : Status.UP;
    return new Result(status, Map.copyOf(counts));
  }
}
