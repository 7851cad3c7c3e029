package org.learningoffice.digest.delivery;

/**
 * A channel refused a digest or could not be reached; nothing was delivered, so it may be retried.
 */
public class DeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public DeliveryException(String message) {
    super(message);
  }
}
