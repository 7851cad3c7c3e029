package org.learningoffice.order;

import java.time.Duration;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.lifecycle.StopSignal;

/**
 * Drains the inbox on one background thread, every {@code interval}, through the order handler.
 * Several instances may run it at once: the inbox hands each event to one of them.
 */
public final class InboxWorker {
  private static final int BATCH = 500;

  private final Inbox inbox;
  private final Inbox.Handler handler;
  private final Duration interval;
  private final StopSignal stop;

  public InboxWorker(Inbox inbox, Inbox.Handler handler, Duration interval) {
    this(inbox, handler, interval, new StopSignal());
  }

  public InboxWorker(Inbox inbox, Inbox.Handler handler, Duration interval, StopSignal stop) {
    this.stop = stop;
    this.inbox = inbox;
    this.handler = handler;
    this.interval = interval;
  }

  /**
   * Processes every ready event (at most one batch), stopping early when the service stops; returns
   * how many were taken.
   */
  public int drain() {
    int taken = 0;
    while (taken < BATCH && !stop.raised() && inbox.processNext(handler).isPresent()) {
      taken++;
    }
    return taken;
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
