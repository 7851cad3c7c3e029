package org.learningoffice.classify;

import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.learningoffice.lifecycle.BackgroundService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains (or loads) the classifier on a background thread when the service starts, so start-up and
 * the form are not held up, and retrains there when enough person-confirmed lessons have arrived.
 * Until the first model is ready, {@link #isReady()} is false and the form uses the rules alone;
 * when that first load or training fails (the database unreachable for a moment, say), the next
 * confirmed lesson ({@link #retrainSoon()}) tries again. Stopping interrupts a training in
 * progress, which ends within one optimiser step ({@link InterruptibleQnTrainer}).
 */
public final class ClassifierTraining implements BackgroundService {
  private static final Logger log = LoggerFactory.getLogger(ClassifierTraining.class);

  private final ClassifierService service;
  private volatile boolean ready;
  private volatile boolean stopping;

  /** A first load or training is queued or running. */
  private final AtomicBoolean warmingUp = new AtomicBoolean();

  private ExecutorService executor;

  @Inject
  public ClassifierTraining(ClassifierService service) {
    this.service = service;
  }

  @Override
  public String name() {
    return "classifier-training";
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      throw new IllegalStateException("classifier training is already running");
    }
    executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread thread = new Thread(r, "classifier-training");
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
    warmingUp.set(true);
    executor.execute(this::warmUp);
  }

  /** Whether the learned model is loaded; before that the rules answer alone. */
  public boolean isReady() {
    return ready;
  }

  /**
   * Asks for a retraining check in the background (after a person confirmed a lesson); before a
   * first model is ready and while none is being loaded or trained, for another try at that.
   */
  public synchronized void retrainSoon() {
    if (executor == null) {
      return;
    }
    if (ready) {
      executor.execute(this::retrainIfDue);
    } else if (warmingUp.compareAndSet(false, true)) {
      executor.execute(this::warmUp);
    }
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    stopping = true;
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  private void warmUp() {
    try {
      warmUpOnce();
    } finally {
      warmingUp.set(false);
    }
  }

  private void warmUpOnce() {
    try {
      StoredModel model = service.start();
      ready = true;
      log.info("classifier ready: model v{}", model.version());
    } catch (TrainingInterruptedException e) {
      log.info("classifier training stopped with the service before it finished");
    } catch (RuntimeException e) {
      if (stopping) {
        // the service stopped (and closed the database) while training: nothing is lost
        log.info("classifier training stopped with the service before it finished");
        return;
      }
      // the form keeps working on the rules; the next confirmed lesson tries again
      log.error(
          "classifier training failed, the form suggests from rules only until a lesson confirmed"
              + " on it tries again",
          e);
    }
  }

  private void retrainIfDue() {
    try {
      if (service.retrainIfDue()) {
        log.info("classifier retrained: model v{}", service.modelVersion());
      }
    } catch (TrainingInterruptedException e) {
      log.info("classifier retraining stopped with the service; the current model stays");
    } catch (RuntimeException e) {
      log.warn("classifier retraining failed, keeping the current model: {}", e.getMessage());
    }
  }
}
