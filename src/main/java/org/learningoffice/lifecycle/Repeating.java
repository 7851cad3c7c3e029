package org.learningoffice.lifecycle;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One task run again and again on a daemon thread of its own, with a fixed delay between the end of
 * one run and the start of the next: the loop of every polling {@link BackgroundService}. A run
 * that throws (an {@link Error} too) is logged and the schedule goes on.
 *
 * @param name the thread's name, also used in logs
 * @param firstDelay how long after {@link #start()} the first run begins
 * @param interval the delay between runs
 * @param stopGrace how long {@link #stop()} waits for the run in hand
 * @param interruptOnStop whether stopping interrupts the run in hand (a run that only waits, such
 *     as one sleeping before a retry) or lets it finish (a run that writes)
 */
public record Repeating(
    String name,
    Duration firstDelay,
    Duration interval,
    Duration stopGrace,
    boolean interruptOnStop,
    Runnable task) {
  private static final Logger log = LoggerFactory.getLogger(Repeating.class);

  public Repeating {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(task, "task");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
  }

  /** Starts the loop; the returned handle stops it. */
  public Running start() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, name);
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::runOnce, firstDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    return new Running(executor, this);
  }

  private void runOnce() {
    try {
      task.run();
    } catch (RuntimeException e) {
      // an executor cancels a schedule whose task throws: keep it, try again next round
      log.warn("{} failed, will run again: {}", name, e.getMessage());
    } catch (Error e) {
      // the same for an Error (an OutOfMemoryError in a burst), which the executor would swallow
      // without a word, leaving the loop stopped for the life of the process
      log.error("{} failed, will run again", name, e);
    }
  }

  /** A started loop. */
  public static final class Running {
    private final ScheduledExecutorService executor;
    private final Repeating loop;

    private Running(ScheduledExecutorService executor, Repeating loop) {
      this.executor = executor;
      this.loop = loop;
    }

    /** Stops the loop, waiting up to the grace time for the run in hand. */
    public void stop() {
      if (loop.interruptOnStop()) {
        executor.shutdownNow();
      } else {
        executor.shutdown();
      }
      try {
        if (!executor.awaitTermination(loop.stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
          executor.shutdownNow();
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
