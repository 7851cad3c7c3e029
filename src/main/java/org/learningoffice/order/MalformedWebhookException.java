package org.learningoffice.order;

/** A webhook body that is not JSON or lacks a field we need; the message is a one-line reason. */
public final class MalformedWebhookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedWebhookException(String reason) {
    super(reason);
  }
}
