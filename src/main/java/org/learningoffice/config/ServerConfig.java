package org.learningoffice.config;

import java.net.URI;

/**
 * The HTTP server: where it listens, where users' browsers reach it, and the largest request body
 * it reads (larger ones are answered 413 without being stored); whether it runs behind a reverse
 * proxy whose {@code X-Forwarded-*} headers say how the browser came in.
 */
public record ServerConfig(
    int port, URI publicBaseUrl, int maxRequestBytes, boolean trustForwardedHeaders) {
  static final String EXAMPLE_URL = "https://lo.example.com";

  /** Jira's own webhook bodies stay well below this; a larger body is refused, not buffered. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  /**
   * The smallest limit allowed: the lesson form's body limit. The largest form its limits allow
   * (every field full of 4-byte characters) is about 87 KB sent; under a lower limit it would be
   * answered 413, and a body the server does not read cannot give the person their text back.
   */
  public static final int MIN_MAX_REQUEST_BYTES = 128 * 1024;

  /** A server with the default request-size limit. */
  public ServerConfig(int port, URI publicBaseUrl) {
    this(port, publicBaseUrl, DEFAULT_MAX_REQUEST_BYTES, false);
  }

  static ServerConfig read(ConfigReader r) {
    int port = r.integer("server.port", 8080, 0, 65535);
    URI publicBaseUrl =
        r.httpUrl("server.publicBaseUrl", EXAMPLE_URL)
            .orElseGet(() -> URI.create("http://localhost:" + (port == 0 ? 8080 : port)));
    int maxRequestBytes =
        r.integer("server.maxRequestBytes", DEFAULT_MAX_REQUEST_BYTES, 1, 64 * 1024 * 1024);
    if (maxRequestBytes < MIN_MAX_REQUEST_BYTES) {
      r.problem(
          "server.maxRequestBytes",
          maxRequestBytes
              + " is under "
              + MIN_MAX_REQUEST_BYTES
              + " (128 KiB), the largest lesson form's body: a long lesson would be refused and"
              + " its text lost. Keep the default, "
              + DEFAULT_MAX_REQUEST_BYTES
              + ", unless webhooks need more");
    }
    boolean trustForwardedHeaders = r.bool("server.trustForwardedHeaders", false);
    return new ServerConfig(port, publicBaseUrl, maxRequestBytes, trustForwardedHeaders);
  }
}
