package org.learningoffice.order;

import java.time.Duration;
import org.learningoffice.lifecycle.Repeating;

/**
 * Drains the inbox on one background thread, every {@code interval}, through the order handler.
 * Several instances may run it at once: the inbox hands each event to one of them.
 */
public final class InboxWorker {
  private static final int BATCH = 500;

  private final Inbox inbox;
  private final Inbox.Handler handler;
  private final Duration interval;

  public InboxWorker(Inbox inbox, Inbox.Handler handler, Duration interval) {
    this.inbox = inbox;
    this.handler = handler;
    this.interval = interval;
  }

  /** Processes every ready event (at most one batch); returns how many were taken. */
  public int drain() {
    return inbox.drain(handler, BATCH);
  }

  /**
   * Draining every {@code interval} on a thread of its own, stopping after the event in hand (up to
   * ten seconds): the application runs it as a {@code RepeatingService}.
   */
  public Repeating loop() {
    return new Repeating(
        "inbox-worker", Duration.ZERO, interval, Duration.ofSeconds(10), false, this::drain);
  }
}
