package org.learningoffice.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import org.learningoffice.config.AppConfig;

/**
 * {@code serve --warm-up}: starts the service as {@code serve} does, on any free port and with no
 * background service running, asks its own {@code /health} once, then stops. Run under {@code java
 * -XX:ArchiveClassesAtExit=FILE}, it leaves the classes a start loads in an archive that the
 * service's next starts map instead of loading each class again (the README's systemd unit).
 */
final class WarmUp {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final AppConfig config;
  private final Clock clock;

  WarmUp(AppConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * Starts, asks, stops; returns the exit code: 0 once {@code /health} answered (whatever its
   * status: a stalled queue changes nothing about the classes), 1 when it did not.
   */
  int run(PrintWriter out) {
    try (Application application = Application.create(config.onAnyFreePort(), clock).startIdle()) {
      int status = healthStatus(application.port());
      out.printf(
          "Warmed up: started with no background job on port %d, /health answered %d, stopped%n",
          application.port(), status);
      return 0;
    } catch (IOException e) {
      out.printf("Warm-up failed: /health did not answer: %s%n", e.getMessage());
      return 1;
    }
  }

  private static int healthStatus(int port) throws IOException {
    HttpURLConnection connection =
        (HttpURLConnection) new URL("http", "127.0.0.1", port, "/health").openConnection();
    connection.setConnectTimeout((int) TIMEOUT.toMillis());
    connection.setReadTimeout((int) TIMEOUT.toMillis());
    try {
      int status = connection.getResponseCode();
      InputStream body =
          status < HttpURLConnection.HTTP_BAD_REQUEST
              ? connection.getInputStream()
              : connection.getErrorStream();
      if (body != null) {
        try (body) {
          body.readAllBytes();
        }
      }
      return status;
    } finally {
      connection.disconnect();
    }
  }
}
