package org.learningoffice.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learningoffice.app.Application;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.digest.delivery.DigestTiming;
import org.learningoffice.store.Database;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;

/**
 * The whole application on a test database and a fixed clock (Monday 30 Nov 2026, 09:00 in
 * Stockholm, so 2026-W48 is the last full week), with digest settings from a YAML snippet.
 */
public final class DigestApp implements AutoCloseable {
  public static final IsoWeek WEEK = new IsoWeek(2026, 48);
  public static final String ACCESS_TOKEN = "office-access-token-0123456789";
  public static final DigestTiming FAST =
      new DigestTiming(Duration.ofMillis(200), Duration.ofSeconds(30));

  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
  public final Application app;
  public final Seed seed;
  private boolean started;

  public static final String CLOUD_JIRA =
      """
      baseUrl: https://acme.atlassian.net
      deployment: cloud
      email: bot@example.com
      apiToken: token
      webhookSecret: webhook-secret
      """;

  public DigestApp(TestDatabase db, String digestYaml, Map<String, String> extraEnv) {
    this(db, CLOUD_JIRA, digestYaml, extraEnv);
  }

  public DigestApp(
      TestDatabase db, String jiraYaml, String digestYaml, Map<String, String> extraEnv) {
    this(db.database(), db.url(), jiraYaml, digestYaml, extraEnv);
  }

  /** Another instance on a database that is already open (its own pool on the same schema). */
  public DigestApp(
      Database database,
      String url,
      String jiraYaml,
      String digestYaml,
      Map<String, String> extraEnv) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("LO_STORE_URL", url);
    env.putAll(extraEnv);
    String yaml =
        """
        server:
          port: 0
          publicBaseUrl: https://lo.example.com
        jira:
        %s
        orders:
          jql: project = ORD
        store:
          url: ${LO_STORE_URL}
        capture:
          tokenSecret: 0123456789abcdef0123456789abcdef
        office:
          accessToken: %s
        digest:
          schedule: "MON 07:00"
          zone: Europe/Stockholm
        %s
        """
            .formatted(jiraYaml.indent(2), ACCESS_TOKEN, digestYaml.indent(2));
    AppConfig config = new ConfigLoader(env).loadYaml(yaml, "digest-test.yml");
    app =
        Application.create(
            config,
            clock,
            binder -> {
              binder.bind(Database.class).toInstance(database);
              binder.bind(DigestTiming.class).toInstance(FAST);
            });
    seed = new Seed(database);
  }

  public DigestApp(TestDatabase db) {
    this(db, "", Map.of());
  }

  public DigestApp start() {
    app.start();
    started = true;
    return this;
  }

  public <T> T get(Class<T> type) {
    return app.get(type);
  }

  @Override
  public void close() {
    if (started) {
      app.close();
    }
  }
}
