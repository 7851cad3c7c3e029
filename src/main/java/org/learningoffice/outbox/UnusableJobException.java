package org.learningoffice.outbox;

/** The job itself cannot be done (unreadable payload, its order is gone): parked, not retried. */
public final class UnusableJobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnusableJobException(String message) {
    super(message);
  }
}
