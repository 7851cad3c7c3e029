package org.learningoffice.digest.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningoffice.config.DigestConfig.Smtp;

/**
 * Whether a failed hand-over sent nothing (a failure, tried again) or may have delivered the digest
 * (an outcome unknown, never sent again): decided by whether the message had left us.
 */
class DeliveryOutcomeTest {
  /**
   * The timeout of the clients under test: long enough that a loaded machine's slow answer is not
   * taken for none (500 ms was, once), and well short of {@link #NO_ANSWER}.
   */
  private static final Duration SHORT = Duration.ofSeconds(2);

  /** How long a hook that took the message waits before it answers: past {@link #SHORT}. */
  private static final Duration NO_ANSWER = Duration.ofSeconds(6);

  private static final MailMessage MAIL =
      new MailMessage("lead@example.com", "Digest", "<p>hi</p>", "hi", Optional.empty(), List.of());

  private final ObjectMapper json = new ObjectMapper();
  private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(SHORT).build();
  private WireMockServer hook;
  private SmtpStub smtp;

  @AfterEach
  void stop() throws IOException {
    if (hook != null) {
      hook.stop();
    }
    if (smtp != null) {
      smtp.close();
    }
  }

  private URI startHook(int status, Duration delay) {
    hook = new WireMockServer(options().dynamicPort());
    hook.start();
    hook.stubFor(
        post(urlEqualTo("/hook"))
            .willReturn(aResponse().withStatus(status).withFixedDelay((int) delay.toMillis())));
    return URI.create(hook.baseUrl() + "/hook");
  }

  @Test
  void aHookThatTookThePostButDidNotAnswerInTimeIsAnOutcomeUnknown() {
    URI url = startHook(200, NO_ANSWER);

    assertThatThrownBy(
            () -> new WebhookPoster(http, json).post("Slack", url, json.createObjectNode()))
        .isInstanceOf(DeliveryOutcomeUnknownException.class)
        .hasMessageStartingWith("Slack webhook took the message but gave no answer");
    hook.verify(1, postRequestedFor(urlEqualTo("/hook")));
  }

  @Test
  void aHookThatCannotBeReachedOrRefusesIsAFailureToRetry() throws IOException {
    URI refusing = startHook(400, Duration.ZERO);
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    WebhookPoster poster = new WebhookPoster(http, json);

    assertThatThrownBy(() -> poster.post("Slack", refusing, json.createObjectNode()))
        .isInstanceOf(DeliveryException.class)
        .hasMessage("Slack webhook answered HTTP 400");
    assertThatThrownBy(
            () ->
                poster.post(
                    "Teams",
                    URI.create("http://127.0.0.1:" + closedPort + "/hook"),
                    json.createObjectNode()))
        .isInstanceOf(DeliveryException.class)
        .hasMessageStartingWith("Teams webhook could not be reached");
  }

  @Test
  void aHookThatHangsUpOnAReusedConnectionAfterReadingThePostGetsItOnlyOnce() throws IOException {
    try (HangingUpHook hangingUp = new HangingUpHook(2)) {
      URI url = URI.create("http://127.0.0.1:" + hangingUp.port() + "/hook");
      WebhookPoster poster = new WebhookPoster(http, json);
      poster.post("Slack", url, json.createObjectNode()); // leaves a pooled connection

      assertThatThrownBy(() -> poster.post("Slack", url, json.createObjectNode()))
          .isInstanceOf(DeliveryOutcomeUnknownException.class);
      assertThat(hangingUp.postsRead()).isEqualTo(2);
    }
  }

  @Test
  void anSmtpServerThatTookTheMessageButDidNotAnswerIsAnOutcomeUnknown() throws IOException {
    smtp = new SmtpStub(Stub.SILENT_AFTER_MESSAGE);

    assertThatThrownBy(() -> sender(smtp.port()).send(MAIL))
        .isInstanceOf(DeliveryOutcomeUnknownException.class)
        .hasMessageContaining("may have taken the digest");
  }

  @Test
  void anSmtpServerThatTookTheMessageThenHungUpIsAnOutcomeUnknown() throws IOException {
    smtp = new SmtpStub(Stub.HANG_UP_AFTER_MESSAGE);

    assertThatThrownBy(() -> sender(smtp.port()).send(MAIL))
        .isInstanceOf(DeliveryOutcomeUnknownException.class)
        .hasMessageContaining("may have taken the digest");
  }

  @Test
  void anSmtpServerThatRefusesTheMessageIsAFailureToRetry() throws IOException {
    smtp = new SmtpStub(Stub.REFUSE_MESSAGE);

    assertThatThrownBy(() -> sender(smtp.port()).send(MAIL))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("did not take the digest")
        .hasMessageContaining("554");
  }

  @Test
  void anSmtpServerThatStallsBeforeTheMessageIsAFailureToRetry() throws IOException {
    smtp = new SmtpStub(Stub.SILENT_ON_RECIPIENT);

    assertThatThrownBy(() -> sender(smtp.port()).send(MAIL))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("did not take the digest");
  }

  @Test
  void anSmtpServerThatDoesNotKnowTheRecipientRefusesThemForGoodAndSaysWhy() throws IOException {
    smtp = new SmtpStub(Stub.REFUSE_RECIPIENT);

    // the server's own words go to last_error and the log: "Invalid Addresses" alone says nothing
    assertThatThrownBy(() -> sender(smtp.port()).send(MAIL))
        .isInstanceOf(RecipientRefusedException.class)
        .hasMessageContaining("did not take the digest")
        .hasMessageContaining("550 5.1.1 no such user here");
  }

  @Test
  void anSmtpServerThatDeniesRelayingIsAFailureToRetryNotARefusedRecipient() throws IOException {
    // a server set-up matter (sign-in, relay rules) an administrator fixes: every recipient gets it
    smtp = new SmtpStub(Stub.DENY_RELAY);

    assertThatThrownBy(() -> sender(smtp.port()).send(MAIL))
        .isInstanceOf(DeliveryException.class)
        .isNotInstanceOf(RecipientRefusedException.class)
        .hasMessageContaining("550 5.7.1 relaying denied");
  }

  @Test
  void anSmtpServerThatIsDownIsAFailureToRetry() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    // the server is down for every recipient: the round stops trying the others
    assertThatThrownBy(() -> sender(closedPort).send(MAIL))
        .isInstanceOf(ChannelUnavailableException.class)
        .hasMessageContaining("did not take the digest");
  }

  private SmtpMailSender sender(int port) {
    return new SmtpMailSender(
        new Smtp("127.0.0.1", port, false, Optional.empty(), Optional.empty(), "lo@example.com"),
        Clock.systemUTC(),
        SHORT);
  }

  /**
   * An HTTP server over a real socket that keeps connections alive and answers every post with 200,
   * except the {@code hangUpOn}-th, which it reads whole and then closes the connection on without
   * a word: to a client, a pooled connection the server dropped, which OkHttp would retry.
   */
  private static final class HangingUpHook implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0);
    private final AtomicInteger posts = new AtomicInteger();
    private final int hangUpOn;

    HangingUpHook(int hangUpOn) throws IOException {
      this.hangUpOn = hangUpOn;
      Thread thread = new Thread(this::serve, "hanging-up-hook");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return server.getLocalPort();
    }

    int postsRead() {
      return posts.get();
    }

    private void serve() {
      while (!server.isClosed()) {
        try (Socket client = server.accept()) {
          DataInputStream in = new DataInputStream(client.getInputStream());
          OutputStream out = client.getOutputStream();
          while (readPost(in)) {
            if (posts.incrementAndGet() == hangUpOn) {
              break; // read it all, and hang up without an answer
            }
            out.write(
                "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
          }
        } catch (IOException e) {
          // closed by the test, or the client went away
        }
      }
    }

    /** Reads one request's head and body; false at the end of the connection. */
    private static boolean readPost(DataInputStream in) throws IOException {
      int length = -1;
      String line = readLine(in);
      if (line == null) {
        return false;
      }
      while ((line = readLine(in)) != null && !line.isEmpty()) {
        if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(line.substring("content-length:".length()).trim());
        }
      }
      in.readFully(new byte[Math.max(length, 0)]);
      return true;
    }

    private static String readLine(DataInputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) != '\n') {
        if (c < 0) {
          return line.isEmpty() ? null : line.toString();
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  /** How the stub server misbehaves. */
  private enum Stub {
    SILENT_AFTER_MESSAGE,
    HANG_UP_AFTER_MESSAGE,
    REFUSE_MESSAGE,
    REFUSE_RECIPIENT,
    DENY_RELAY,
    SILENT_ON_RECIPIENT
  }

  /** A one-connection SMTP server over a real socket that misbehaves as it is told. */
  private static final class SmtpStub implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0);
    private final CountDownLatch closed = new CountDownLatch(1);

    SmtpStub(Stub behaviour) throws IOException {
      Thread thread = new Thread(() -> serve(behaviour), "smtp-stub");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void serve(Stub behaviour) {
      try (Socket client = server.accept()) {
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        say(out, "220 stub ESMTP");
        String line;
        boolean inData = false;
        while ((line = in.readLine()) != null) {
          if (inData) {
            if (line.equals(".")) {
              inData = false;
              switch (behaviour) {
                case SILENT_AFTER_MESSAGE -> {
                  closed.await(); // took it, and says nothing until the test ends
                  return;
                }
                case HANG_UP_AFTER_MESSAGE -> {
                  return; // took it, and closes the connection without a word
                }
                default -> say(out, "554 5.7.1 message refused");
              }
            }
          } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
            say(out, "250 stub");
          } else if (line.startsWith("RCPT") && behaviour == Stub.REFUSE_RECIPIENT) {
            say(out, "550 5.1.1 no such user here");
          } else if (line.startsWith("RCPT") && behaviour == Stub.DENY_RELAY) {
            say(out, "550 5.7.1 relaying denied");
          } else if (line.startsWith("RCPT") && behaviour == Stub.SILENT_ON_RECIPIENT) {
            closed.await(); // a tarpit: never answers the recipient
            return;
          } else if (line.startsWith("DATA")) {
            inData = true;
            say(out, "354 end with <CRLF>.<CRLF>");
          } else if (line.startsWith("QUIT")) {
            say(out, "221 bye");
            return;
          } else {
            say(out, "250 OK");
          }
        }
      } catch (IOException e) {
        // the client went away
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void say(OutputStream out, String line) throws IOException {
      out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    @Override
    public void close() throws IOException {
      closed.countDown();
      server.close();
    }
  }
}
