package org.learningoffice.check;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Optional;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.digest.delivery.SmtpMailSender;

/**
 * Whether the SMTP server of {@code digest.smtp} answers and takes the sign-in, in the session the
 * digest e-mail is sent in ({@link SmtpMailSender#session}): connects, signs in and leaves, sending
 * nothing. An unreachable server or a refused password otherwise shows only when the week's digest
 * fails.
 */
final class MailCheck {
  private static final String NAME = "digest e-mail";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final Optional<DigestConfig.Smtp> smtp;

  MailCheck(Optional<DigestConfig.Smtp> smtp) {
    this.smtp = smtp;
  }

  /** The result, or empty when no SMTP server is configured (no e-mail digest). */
  Optional<CheckResult> run() {
    return smtp.map(this::run);
  }

  private CheckResult run(DigestConfig.Smtp server) {
    String where = server.host() + ":" + server.port();
    Transport transport;
    try {
      transport = SmtpMailSender.session(server, TIMEOUT).getTransport("smtp");
    } catch (MessagingException e) {
      return CheckResult.fail(NAME, "cannot use SMTP: " + e.getMessage());
    }
    try {
      if (server.username().isPresent()) {
        transport.connect(
            server.username().get(), server.password().map(Secret::reveal).orElse(""));
      } else {
        transport.connect();
      }
      return CheckResult.ok(
          NAME,
          "SMTP "
              + where
              + " answers"
              + (server.startTls() ? " with STARTTLS" : "")
              + server.username().map(u -> " and takes the sign-in of " + u).orElse(""));
    } catch (AuthenticationFailedException e) {
      return CheckResult.fail(
          NAME,
          "SMTP "
              + where
              + " refused the sign-in of "
              + server.username().orElse("(no user)")
              + "; check digest.smtp.username and digest.smtp.password");
    } catch (MessagingException e) {
      return CheckResult.fail(
          NAME,
          "cannot reach SMTP "
              + where
              + " ("
              + rootMessage(e)
              + "); check digest.smtp.host, digest.smtp.port"
              + (server.startTls() ? " and digest.smtp.startTls" : "")
              + " and that this machine may connect to it");
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        // leaving after the check: nothing was sent, so nothing can be lost
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
