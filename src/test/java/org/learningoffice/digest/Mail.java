package org.learningoffice.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.learningoffice.testing.TestApp;

/** A GreenMail SMTP server on a port chosen up front, so a test can start it late (SMTP down). */
final class Mail implements AutoCloseable {
  final int port;
  private final GreenMail server;

  Mail() {
    this(freePort());
  }

  /** A server on {@code port}: another one where an earlier one stopped (SMTP back up). */
  Mail(int port) {
    this.port = port;
    this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  Mail start() {
    server.start();
    return this;
  }

  List<MimeMessage> received() {
    return Arrays.asList(server.getReceivedMessages());
  }

  List<MimeMessage> receivedBy(String address) {
    return received().stream()
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The digest app sending by email through this server to {@code recipients}. */
  TestApp.Builder app(String... recipients) {
    return DigestFixtures.app("digest-email.yml")
        .set("digest.smtp.port", port)
        .set("digest.recipients", List.of(recipients));
  }

  /** The text/plain or text/html part of a message, wherever it sits in its multiparts. */
  static String part(MimeMessage message, String type) throws Exception {
    return (String) find((MimeMultipart) message.getContent(), type).getContent();
  }

  /** The first part of a type in a multipart, looking into nested multiparts. */
  static BodyPart find(MimeMultipart multipart, String type) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType(type)) {
        return part;
      }
      if (part.getContent() instanceof MimeMultipart nested) {
        try {
          return find(nested, type);
        } catch (AssertionError notThere) {
          // look on
        }
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  @Override
  public void close() {
    server.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
