package org.learningoffice.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.config.Secret;

/**
 * The embedded defaults the demo runs on: the service on a local port, an H2 file database in a
 * temporary folder, the sandbox Jira, and fresh random secrets for this run only (the office access
 * token among them, so that {@code /office} can be opened while the demo keeps running).
 */
record DemoSetup(
    int port,
    Path dataDir,
    URI sandboxUrl,
    String email,
    Secret apiToken,
    Secret webhookSecret,
    Secret tokenSecret,
    Secret officeToken) {

  static final String EMAIL = "learning-office-bot@example.com";

  /** Fresh secrets for one run, from a strong random source. */
  static DemoSetup create(
      int requestedPort, Path dataDir, URI sandboxUrl, Secret apiToken, SecureRandom random) {
    return new DemoSetup(
        requestedPort == 0 ? freePort() : requestedPort,
        dataDir,
        sandboxUrl,
        EMAIL,
        apiToken,
        Secret.of(randomHex(random, 32)),
        Secret.of(randomHex(random, 32)),
        Secret.of(randomHex(random, 32)));
  }

  /** The API token the sandbox Jira accepts in this run. */
  static Secret sandboxToken(SecureRandom random) {
    return Secret.of(randomHex(random, 16));
  }

  URI serviceUrl() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The configuration of the service, read through the same loader and checks as a file. */
  AppConfig config() {
    String yaml =
        """
        server:
          port: %d
          publicBaseUrl: %s
        jira:
          baseUrl: %s
          deployment: cloud
          email: %s
          apiToken: ${DEMO_JIRA_TOKEN}
          webhookSecret: ${DEMO_WEBHOOK_SECRET}
        orders:
          jql: project = ORD
          strategy:
            labelPrefix: "strategy-"
            default: MTO
          customer:
            field: customfield_10060
          expedite:
            priorities: [Highest]
        store:
          url: "%s"
        capture:
          tokenSecret: ${DEMO_TOKEN_SECRET}
          writeBackDelay: PT1S
        office:
          accessToken: ${DEMO_OFFICE_TOKEN}
        feedForward:
          projects: [ORD]
        actions:
          project: LO
          issueType: Task
          createIssues: true
        """
            .formatted(port, serviceUrl(), sandboxUrl, email, storeUrl());
    Map<String, String> env =
        Map.of(
            "DEMO_JIRA_TOKEN", apiToken.reveal(),
            "DEMO_WEBHOOK_SECRET", webhookSecret.reveal(),
            "DEMO_TOKEN_SECRET", tokenSecret.reveal(),
            "DEMO_OFFICE_TOKEN", officeToken.reveal());
    return new ConfigLoader(env).loadYaml(yaml, "demo defaults");
  }

  /**
   * Writes {@code learning-office.yml} into the data folder with the {@code store:} section only
   * (no secrets), for {@code export} and {@code digest --dry-run} after the run; returns its path.
   */
  Path writeStoreConfig() {
    Path file = dataDir.resolve("learning-office.yml");
    try {
      Files.writeString(
          file,
          "# written by `demo --data`: the demo's store, for export and digest --dry-run\n"
              + "store:\n  url: \""
              + storeUrl()
              + "\"\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private String storeUrl() {
    return "jdbc:h2:file:"
        + dataDir.resolve("learning-office").toAbsolutePath().toString().replace('\\', '/');
  }

  private static String randomHex(SecureRandom random, int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port for the demo", e);
    }
  }
}
