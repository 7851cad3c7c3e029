package org.learningoffice.order;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.learningoffice.lifecycle.BackgroundService;
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
  private final Duration interval;
  private ScheduledExecutorService executor;

  public InboxWorker(Inbox inbox, Inbox.Handler handler, Duration interval) {
    this.inbox = inbox;
    this.handler = handler;
    this.interval = interval;
  }

  /** Processes every ready event (at most one batch); returns how many were taken. */
  public int drain() {
    return inbox.drain(handler, BATCH);
  }

  @Override
  public String name() {
    return "inbox-worker";
  }

  /** Starts draining in the background; call once, after the injector is built. */
  @Override
  public synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("the inbox worker is already running");
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "inbox-worker");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::drainLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops after the event in hand; waits up to ten seconds for it. */
  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
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
