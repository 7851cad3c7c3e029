package org.learningoffice.check;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.Secret;

/**
 * Whether the SMTP server of {@code digest.smtp} answers and takes the sign-in, as the digest
 * e-mail will need it (STARTTLS required when configured): connects, signs in and leaves, sending
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
      transport = session(server).getTransport("smtp");
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

  private static Session session(DigestConfig.Smtp server) {
    Properties p = new Properties();
    p.put("mail.smtp.host", server.host());
    p.put("mail.smtp.port", Integer.toString(server.port()));
    p.put("mail.smtp.connectiontimeout", Long.toString(TIMEOUT.toMillis()));
    p.put("mail.smtp.timeout", Long.toString(TIMEOUT.toMillis()));
    p.put("mail.smtp.writetimeout", Long.toString(TIMEOUT.toMillis()));
    if (server.startTls()) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    p.put("mail.smtp.auth", Boolean.toString(server.username().isPresent()));
    return Session.getInstance(p);
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
