package org.learningoffice.classify;

import jakarta.inject.Inject;
import org.learningoffice.lifecycle.BackgroundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the recurrence look-back window once when the service starts, on a thread of its own, so
 * that the first form opened after a restart does not wait for it (about half a second at 10,000
 * lessons in the window). If the read fails, the first check reads the window instead.
 */
public final class RecurrenceWindowLoading implements BackgroundService {
  private static final Logger log = LoggerFactory.getLogger(RecurrenceWindowLoading.class);

  /** How long stopping waits for a read in progress. */
  private static final long STOP_WAIT_MILLIS = 2_000;

  private final RecurrenceDetector detector;
  private volatile boolean stopping;
  private Thread thread;

  @Inject
  public RecurrenceWindowLoading(RecurrenceDetector detector) {
    this.detector = detector;
  }

  @Override
  public String name() {
    return "recurrence-window";
  }

  @Override
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("the recurrence window is already loading");
    }
    stopping = false;
    thread = new Thread(this::load, "recurrence-window");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    if (thread == null) {
      return;
    }
    stopping = true;
    try {
      thread.join(STOP_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread = null;
  }

  private void load() {
    long began = System.nanoTime();
    try {
      detector.loadWindow();
      log.debug("recurrence window read in {} ms", (System.nanoTime() - began) / 1_000_000);
    } catch (RuntimeException e) {
      if (!stopping) {
        log.warn(
            "could not read the recurrence window at start; the first form reads it: {}",
            e.getMessage());
      }
    }
  }
}
