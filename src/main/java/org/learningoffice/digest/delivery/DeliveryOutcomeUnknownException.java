package org.learningoffice.digest.delivery;

/** A channel may or may not have taken a digest: it is not sent again, and health reports it. */
public class DeliveryOutcomeUnknownException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DeliveryOutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
