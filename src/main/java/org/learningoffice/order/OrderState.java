package org.learningoffice.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an order stands in its close/reopen life, and the time of the newest event that shaped it.
 * An event older than {@code lastEventAt} must not change it (Jira may deliver out of order).
 */
public record OrderState(
    OrderStatus status, Instant closedAt, Instant reopenedAt, int closeCount, Instant lastEventAt) {

  public OrderState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastEventAt, "lastEventAt");
  }

  /**
   * The state of an order first seen by an event at {@code at}, closed (at {@code closeTime}) or
   * not.
   */
  public static OrderState first(boolean closed, Instant closeTime, Instant at) {
    return closed
        ? new OrderState(OrderStatus.CLOSED, closeTime, null, 1, at)
        : new OrderState(OrderStatus.OPEN, null, null, 0, at);
  }

  /**
   * Whether an event at {@code at} is older than what this state already reflects; every event is,
   * once the order was deleted.
   */
  public boolean isNewerThan(Instant at) {
    return status == OrderStatus.DELETED || lastEventAt.isAfter(at);
  }

  /** The state once Jira deleted the order's ticket at {@code at}; its close history is kept. */
  public OrderState deleted(Instant at) {
    return new OrderState(OrderStatus.DELETED, closedAt, reopenedAt, closeCount, at);
  }

  /**
   * The state after an event at {@code at} that finds the issue closed (at {@code closeTime}) or
   * not: closing counts a close, leaving closed records a reopen; otherwise only the event time
   * moves.
   */
  public OrderState after(boolean closed, Instant closeTime, Instant at) {
    if (closed && status == OrderStatus.OPEN) {
      return new OrderState(OrderStatus.CLOSED, closeTime, reopenedAt, closeCount + 1, at);
    }
    if (!closed && status == OrderStatus.CLOSED) {
      return new OrderState(OrderStatus.OPEN, closedAt, at, closeCount, at);
    }
    return new OrderState(status, closedAt, reopenedAt, closeCount, at);
  }

  /** The same state, ordered among events by {@code at} instead. */
  public OrderState orderedAt(Instant at) {
    return new OrderState(status, closedAt, reopenedAt, closeCount, at);
  }

  public Optional<Instant> closedAtIfSet() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<Instant> reopenedAtIfSet() {
    return Optional.ofNullable(reopenedAt);
  }
}
