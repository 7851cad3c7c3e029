package org.learningoffice.feedforward;

import java.util.Objects;
import java.util.Optional;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;

/**
 * What the ranking knows of the order being fed: its row id (its own lessons are left out), its
 * summary and description (the description's plain words, empty when it has none), customer (empty
 * string when none), strategy and the stage it has reached, if its status names one.
 */
public record OrderToFeed(
    long orderId,
    String summary,
    String description,
    String customer,
    Strategy strategy,
    Optional<Stage> stage) {
  public OrderToFeed {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(stage, "stage");
  }

  /** An order whose description is not known. */
  public OrderToFeed(
      long orderId, String summary, String customer, Strategy strategy, Optional<Stage> stage) {
    this(orderId, summary, "", customer, strategy, stage);
  }
}
