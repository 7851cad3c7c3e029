package org.learningoffice.bench;

import com.google.inject.multibindings.Multibinder;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import org.learningoffice.app.Application;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.store.Database;
import org.learningoffice.web.RouteContributor;
import org.learningoffice.web.WebServer;

/**
 * The server side of the intake benchmark, run as its own process by {@link IntakeBurst}: the real
 * application wiring (webhook route, signature check, inbox) plus {@link BenchRoutes}, on the
 * database URL given as the first argument. Only the HTTP server is started (no poller, no inbox
 * worker), so the figures are intake alone. Prints {@code PORT <n>} and runs until stdin closes.
 */
public final class IntakeBenchServer {
  static final String SECRET = "bench-webhook-secret";

  private IntakeBenchServer() {}

  public static void main(String[] args) throws IOException {
    String yaml =
        String.join(
            "\n",
            "server:",
            "  port: 0",
            "jira:",
            "  baseUrl: https://bench.invalid",
            "  email: bench@example.com",
            "  apiToken: unused",
            "  webhookSecret: " + SECRET,
            "orders:",
            "  jql: project = ORD",
            "store:",
            "  url: " + args[0],
            "  maxPoolSize: 16",
            "capture:",
            "  tokenSecret: 0123456789abcdef0123456789abcdef",
            "");
    AppConfig config = new ConfigLoader(Map.of()).loadYaml(yaml, "bench.yml");
    Application app =
        Application.create(
            config,
            Clock.systemUTC(),
            binder ->
                Multibinder.newSetBinder(binder, RouteContributor.class)
                    .addBinding()
                    .to(BenchRoutes.class));
    Database database = app.get(Database.class); // migrates before the first request
    WebServer server = app.get(WebServer.class);
    server.start();
    System.out.println("PORT " + server.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // the parent keeps stdin open while it needs the server
    }
    server.stop();
    database.close();
  }
}
