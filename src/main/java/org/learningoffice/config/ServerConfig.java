package org.learningoffice.config;

import java.net.URI;

/** The HTTP server: where it listens and where users' browsers reach it. */
public record ServerConfig(int port, URI publicBaseUrl) {
  static final String EXAMPLE_URL = "https://lo.example.com";

  static ServerConfig read(ConfigReader r) {
    int port = r.integer("server.port", 8080, 0, 65535);
    URI publicBaseUrl =
        r.httpUrl("server.publicBaseUrl", EXAMPLE_URL)
            .orElseGet(() -> URI.create("http://localhost:" + (port == 0 ? 8080 : port)));
    return new ServerConfig(port, publicBaseUrl);
  }
}
