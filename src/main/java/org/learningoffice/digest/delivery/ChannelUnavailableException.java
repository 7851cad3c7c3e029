package org.learningoffice.digest.delivery;

/**
 * The channel itself could not be reached or signed in to (a mail server down, firewalled or
 * refusing the sign-in): nothing was delivered, and every other recipient of the channel would fail
 * the same way, so the round stops trying them; they are tried at a later check.
 */
public class ChannelUnavailableException extends DeliveryException {
  private static final long serialVersionUID = 1L;

  public ChannelUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public ChannelUnavailableException(String message) {
    super(message);
  }
}
