package org.learningoffice.order;

import java.time.Duration;
import org.learningoffice.lifecycle.BackgroundService;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.lifecycle.RepeatingService;
import org.learningoffice.store.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the inbox on one background thread, every {@code interval}, through the order handler.
 * Several instances may run it at once: the inbox hands each event to one of them.
 */
public final class InboxWorker implements BackgroundService {
  private static final Logger log = LoggerFactory.getLogger(InboxWorker.class);
  private static final int BATCH = 500;

  private final Inbox inbox;
  private final Inbox.Handler handler;
  private final RepeatingService loop;

  public InboxWorker(Inbox inbox, Inbox.Handler handler, Duration interval) {
    this.inbox = inbox;
    this.handler = handler;
    this.loop =
        new RepeatingService(
            new Repeating(
                "inbox-worker",
                Duration.ZERO,
                interval,
                Duration.ofSeconds(10),
                false,
                this::drainLogged));
  }

  /** Processes every ready event (at most one batch); returns how many were taken. */
  public int drain() {
    return inbox.drain(handler, BATCH);
  }

  @Override
  public String name() {
    return loop.name();
  }

  @Override
  public void start() {
    loop.start();
  }

  /** Stops after the event in hand; waits up to ten seconds for it. */
  @Override
  public void stop() {
    loop.stop();
  }

  private void drainLogged() {
    try {
      drain();
    } catch (RuntimeException e) {
      // the database is unreachable or similar: keep the schedule, try again next round
      log.warn("Inbox worker could not drain the inbox: {}", e.getMessage());
    }
  }
}
