package org.learningoffice.digest.delivery;

/** Sends e-mail; the SMTP implementation is {@link SmtpMailSender}. */
public interface MailSender {
  /**
   * Sends one message.
   *
   * @throws DeliveryException when the server did not take it
   */
  void send(MailMessage message);
}
