package org.learningoffice.office;

import java.time.Instant;

/**
 * How many lessons were fed forward to new orders in a span of time and how many of those were
 * voted "helped", for the dashboard. Feed forward binds the real one; without it, none.
 */
public interface FedForwardCounts {
  /** The counts of {@code [from, to)}. */
  record Counts(int fedForward, int helped) {}

  Counts between(Instant from, Instant to);
}
