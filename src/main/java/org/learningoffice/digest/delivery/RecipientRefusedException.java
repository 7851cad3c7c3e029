package org.learningoffice.digest.delivery;

/**
 * The channel refused this recipient for good (a mail server that has no such mailbox or domain):
 * nothing was delivered, and trying again would only fail again, so the delivery is given up at
 * once and reported for a person to fix the address.
 */
public class RecipientRefusedException extends DeliveryException {
  private static final long serialVersionUID = 1L;

  public RecipientRefusedException(String message, Throwable cause) {
    super(message, cause);
  }

  public RecipientRefusedException(String message) {
    super(message);
  }
}
