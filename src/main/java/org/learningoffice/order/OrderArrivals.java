package org.learningoffice.order;

import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Told of every order event the handler applied (a webhook, a poll or a backfill), inside the
 * inbox's transaction, so that a feature can queue its own work for the order with it: the work
 * commits with the order or not at all. Bound as a set; empty when no feature listens.
 */
public interface OrderArrivals {
  /**
   * What the handler just stored.
   *
   * @param orderId the order's row id
   * @param facts the order as this event shows it
   * @param state the order's close/reopen state after the event
   * @param firstSeen whether this event made the order known (created, or first found by a poll)
   */
  record Arrival(long orderId, OrderFacts facts, OrderState state, boolean firstSeen) {
    public Arrival {
      Objects.requireNonNull(facts, "facts");
      Objects.requireNonNull(state, "state");
    }

    /** Whether the order is open after the event. */
    public boolean open() {
      return state.status() == OrderStatus.OPEN;
    }
  }

  void arrived(Handle transaction, Arrival arrival);
}
