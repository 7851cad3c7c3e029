package org.learningoffice.web;

import java.util.Map;

/**
 * A queue table (the inbox, the outbox) whose rows by status {@code /health} and {@code /metrics}
 * report. Each feature adds its own table to the set.
 */
public interface QueueTable {
  /** The queue's name in health checks and the {@code queue} tag of the metrics. */
  String name();

  /** How many rows the table holds in each status. */
  Map<String, Integer> countsByStatus();
}
