package org.learningoffice.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A queue table (the inbox, the outbox) whose rows by status and oldest waiting row {@code /health}
 * and {@code /metrics} report. Each feature adds its own table to the set.
 */
public interface QueueTable {
  /** The queue's name in health checks and the {@code queue} tag of the metrics. */
  String name();

  /**
   * The statuses its rows can be in, each a {@code status} tag of {@code lo_queue_rows} (shown as 0
   * while no row has it).
   */
  default List<String> statuses() {
    return List.of("PENDING", "RUNNING", "DONE", "PARKED");
  }

  /** How many rows the table holds in each status. */
  Map<String, Integer> countsByStatus();

  /** When the oldest row still waiting to be done arrived; empty when none waits. */
  Optional<Instant> oldestWaitingSince();
}
