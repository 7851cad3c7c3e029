package org.learningoffice.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.Secret;

/** What {@code check} says of {@code digest.smtp}, asked of a real SMTP server (GreenMail). */
class MailCheckTest {
  private static final String PASSWORD = "smtp-password-never-printed";

  private final int port = freePort();
  private GreenMail mail;

  @AfterEach
  void stop() {
    if (mail != null) {
      mail.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void smtpUp() {
    mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.setUser("lo@example.com", "bot", PASSWORD);
    mail.start();
  }

  private CheckResult check(String password) {
    DigestConfig.Smtp smtp =
        new DigestConfig.Smtp(
            "127.0.0.1",
            port,
            false,
            Optional.of("bot"),
            Optional.of(Secret.of(password)),
            "lo@example.com");
    return new MailCheck(Optional.of(smtp)).run().orElseThrow();
  }

  @Test
  void anSmtpServerThatAnswersAndTakesTheSignInPasses() {
    smtpUp();

    CheckResult result = check(PASSWORD);

    assertThat(result.line())
        .isEqualTo(
            "OK   digest e-mail: SMTP 127.0.0.1:" + port + " answers and takes the sign-in of bot");
    assertThat(mail.getReceivedMessages()).as("nothing sent").isEmpty();
  }

  @Test
  void anSmtpServerNobodyAnswersFailsSayingWhichSettingsToCheck() {
    CheckResult result = check(PASSWORD);

    assertThat(result.status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(result.detail())
        .startsWith("cannot reach SMTP 127.0.0.1:" + port + " (")
        .contains("check digest.smtp.host, digest.smtp.port")
        .doesNotContain("Exception\n");
  }

  @Test
  void aRefusedSignInFailsNamingTheUserNotThePassword() {
    smtpUp();

    CheckResult result = check("wrong-" + PASSWORD);

    assertThat(result.line())
        .isEqualTo(
            "FAIL digest e-mail: SMTP 127.0.0.1:"
                + port
                + " refused the sign-in of bot; check digest.smtp.username and"
                + " digest.smtp.password")
        .doesNotContain(PASSWORD);
  }

  @Test
  void withoutSmtpThereIsNoLine() {
    assertThat(new MailCheck(Optional.empty()).run()).isEmpty();
  }
}
