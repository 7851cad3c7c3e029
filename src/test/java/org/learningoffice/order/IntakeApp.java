package org.learningoffice.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.config.ConfigModule;
import org.learningoffice.config.Secret;
import org.learningoffice.jira.Deployment;
import org.learningoffice.jira.JiraAuth;
import org.learningoffice.jira.JiraModule;
import org.learningoffice.jira.JiraSite;
import org.learningoffice.jira.JiraTimeouts;
import org.learningoffice.jira.RetryPolicy;
import org.learningoffice.store.Database;
import org.learningoffice.store.StoreModule;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TestJson;
import org.learningoffice.web.WebModule;
import org.learningoffice.web.WebServer;

/**
 * The intake part of the application, wired by its real Guice modules on a test database, with the
 * HTTP server on a free port: tests talk to it over real HTTP with real signatures.
 */
final class IntakeApp implements AutoCloseable {
  static final Secret SECRET = Secret.of("it's a secret to everybody");
  static final String CONFIG =
      """
      server:
        port: 0
      jira:
        baseUrl: https://your-site.atlassian.net
        email: bot@example.com
        apiToken: token
        webhookSecret: ${LO_JIRA_WEBHOOK_SECRET}
      orders:
        jql: project = ORD AND issuetype = "Customer Order"
        closedStatuses: [Shipped]
        strategy:
          field: customfield_10050
          default: MTO
        customer:
          field: customfield_10060
        expedite:
          priorities: [Highest]
          label: rush
      store:
        url: ${LO_STORE_URL}
      capture:
        tokenSecret: 0123456789abcdef0123456789abcdef
      """;

  final TestDatabase db;
  final MutableClock clock = new MutableClock(Instant.parse("2025-11-24T08:00:00Z"));
  final ObjectMapper json = TestJson.mapper();
  final Injector injector;
  private final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  IntakeApp(TestDatabase.Kind kind) {
    this(kind, Map.of());
  }

  IntakeApp(TestDatabase.Kind kind, Map<String, String> extraEnv) {
    this(kind, extraEnv, site(URI.create("https://your-site.atlassian.net"), Deployment.CLOUD));
  }

  /** An intake app whose Jira is {@code jira} (a WireMock Jira, say). */
  IntakeApp(TestDatabase.Kind kind, Map<String, String> extraEnv, JiraSite jira) {
    db = TestDatabase.open(kind);
    Map<String, String> env = new LinkedHashMap<>();
    env.put("LO_JIRA_WEBHOOK_SECRET", SECRET.reveal());
    env.put("LO_STORE_URL", db.url());
    env.putAll(extraEnv);
    AppConfig config = new ConfigLoader(env).loadYaml(CONFIG, "intake-test.yml");
    injector =
        Guice.createInjector(
            new ConfigModule(config),
            new AbstractModule() {
              @Override
              protected void configure() {
                binder().disableCircularProxies();
                bind(Clock.class).toInstance(clock);
                bind(ObjectMapper.class).toInstance(json);
                bind(JiraSite.class).toInstance(jira);
              }
            },
            new JiraModule(),
            Modules.override(new StoreModule())
                .with(binder -> binder.bind(Database.class).toInstance(db.database())),
            new WebModule(),
            new OrderModule());
    server = injector.getInstance(WebServer.class);
    server.start();
  }

  /**
   * A site on a test Jira that answers once per call: no retry, so a 429 or 500 fails the call at
   * once.
   */
  static JiraSite site(URI baseUrl, Deployment deployment) {
    JiraAuth auth =
        deployment == Deployment.CLOUD
            ? new JiraAuth.CloudApiToken("bot@example.com", Secret.of("token"))
            : new JiraAuth.PersonalAccessToken(Secret.of("pat"));
    return JiraSite.of(baseUrl, deployment, auth)
        .withTimeouts(
            new JiraTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)))
        .withRetry(
            new RetryPolicy(
                1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)));
  }

  <T> T get(Class<T> type) {
    return injector.getInstance(type);
  }

  /** Drains the inbox as the background worker would. */
  int drain() {
    return get(InboxWorker.class).drain();
  }

  static String fixture(String name) {
    try (InputStream in = IntakeApp.class.getResourceAsStream("/webhooks/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Posts a body to the webhook with the given headers (name, value, name, value, ...). */
  HttpResponse<String> postHook(byte[] body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/hooks/jira"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  /** Posts a fixture signed like Jira, with a delivery identifier. */
  HttpResponse<String> deliver(String fixture, String identifier) {
    byte[] body = fixture(fixture).getBytes(StandardCharsets.UTF_8);
    return postHook(
        body,
        "X-Hub-Signature",
        WebhookSignature.sign(SECRET, body),
        "X-Atlassian-Webhook-Identifier",
        identifier);
  }

  HttpResponse<String> getPath(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  JsonNode jsonOf(HttpResponse<String> response) {
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void execute(String sql) {
    db.database().jdbi().useHandle(h -> h.execute(sql));
  }

  int inboxRows() {
    return count("SELECT COUNT(*) FROM inbox");
  }

  List<String> dedupeKeys() {
    return db.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT dedupe_key FROM inbox ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }

  List<String> outboxJobs() {
    return db.database()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT kind || ' ' || job_key FROM outbox ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }

  Inbox inbox() {
    return get(Inbox.class);
  }

  private int count(String sql) {
    return db.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    db.close();
  }
}
