package org.learningoffice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.order.Inbox;
import org.learningoffice.order.WebhookIntake;
import org.learningoffice.testing.ClosedOrderWebhooks;
import org.learningoffice.testing.ServeProcess;
import org.learningoffice.testing.jira.JiraWireMock;

/**
 * {@code serve --warm-up}, which the README's systemd unit runs to record the classes a start
 * loads: it starts as {@code serve} does, on a free port and with no background job, answers its
 * own {@code /health} and stops, leaving what waits in the store for the real start.
 */
class ServeWarmUpTest {
  @RegisterExtension final JiraWireMock jira = new JiraWireMock();

  @TempDir Path dir;

  @Test
  void warmUpAnswersHealthOnAFreePortAndLeavesWaitingWorkToTheServiceWithoutCallingJira()
      throws Exception {
    ServeProcess serve =
        ServeProcess.configure(
            dir,
            "warm",
            "jdbc:h2:file:" + dir.resolve("store"),
            jira.baseUrl(),
            Duration.ofMinutes(10));
    Path configFile = dir.resolve("warm.yml");
    AppConfig config = new ConfigLoader(Map.of()).load(configFile);
    ClosedOrderWebhooks.Delivery closing = ClosedOrderWebhooks.closing(1, 1).get(0);
    try (Application store = Application.create(config, Clock.systemUTC())) {
      store
          .get(WebhookIntake.class)
          .receive(closing.body(), Optional.of(closing.identifier()))
          .get();
    }

    StringWriter out = new StringWriter();
    int exitCode;
    try (ServerSocket servicesPort = new ServerSocket(serve.base().getPort())) {
      var cli = Main.commandLine(Map.of());
      cli.setOut(new PrintWriter(out, true));
      exitCode = cli.execute("serve", "--warm-up", "--config", configFile.toString());
    }

    assertThat(exitCode).as(out.toString()).isZero();
    assertThat(out.toString())
        .containsPattern(
            "Warmed up: started with no background job on port \\d+, /health answered 200, stopped");
    assertThat(jira.server().getAllServeEvents()).as("Jira not contacted").isEmpty();
    try (Application service = Application.create(config, Clock.systemUTC())) {
      Inbox inbox = service.get(Inbox.class);
      assertThat(inbox.countsByStatus().getOrDefault("PENDING", 0))
          .as("left for the service")
          .isEqualTo(1);

      service.start();

      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> inbox.countsByStatus().getOrDefault("PENDING", 0) == 0);
    }
  }
}
