package org.learningoffice.classify;

/**
 * A training given up because its thread was interrupted (the service is stopping). The thread's
 * interrupt status is left set.
 */
public final class TrainingInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TrainingInterruptedException() {
    super("classifier training interrupted");
  }

  /** Throws when the current thread is interrupted, leaving its interrupt status set. */
  static void throwIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new TrainingInterruptedException();
    }
  }
}
