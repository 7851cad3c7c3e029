package org.learningoffice.capture;

import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.learningoffice.app.Application;
import org.learningoffice.classify.ClassifierTraining;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.order.OrderFacts;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.OrderState;
import org.learningoffice.order.StrategySource;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.PriorityClass;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.MutableClock;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.TrainedModel;

/**
 * The whole application as {@code serve} wires it, on a test database, with the HTTP server on a
 * free port and a clock the test moves: form tests talk to it over real HTTP.
 */
final class CaptureApp implements AutoCloseable {
  static final String CONFIG =
      """
      server:
        port: 0
      jira:
        baseUrl: https://your-site.atlassian.net
        email: bot@example.com
        apiToken: token
        webhookSecret: it's a secret to everybody
      orders:
        jql: project = ORD
      store:
        url: %s
      capture:
        tokenSecret: 0123456789abcdef0123456789abcdef
      """;

  final TestDatabase db;
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  final Application app;

  CaptureApp(TestDatabase.Kind kind) {
    db = TestDatabase.open(kind);
    AppConfig config =
        new ConfigLoader(Map.of()).loadYaml(CONFIG.formatted(db.url()), "capture-test.yml");
    TrainedModel.seed(db.database());
    app =
        Application.create(
                config, clock, binder -> binder.bind(Database.class).toInstance(db.database()))
            .start();
    // the seeded model loads in the background; until then the form answers from the rules
    await().atMost(Duration.ofSeconds(30)).until(app.get(ClassifierTraining.class)::isReady);
  }

  /** Stores an order as intake would; returns its form link's token. */
  String order(String issueId, String key, boolean closed) {
    OrderFacts facts =
        new OrderFacts(
            issueId,
            key,
            "Pump skid for Acme <Nordic> & \"Sons\"",
            "Acme Oy",
            Strategy.ETO,
            StrategySource.LABEL,
            "High",
            PriorityClass.EXPEDITED,
            List.of(),
            closed ? "Done" : "In Progress",
            closed,
            clock.instant().minusSeconds(86_400));
    OrderRepository orders = app.get(OrderRepository.class);
    db.database()
        .jdbi()
        .useTransaction(
            h ->
                orders.upsert(
                    h,
                    orders.findForUpdate(h, issueId),
                    facts,
                    OrderState.first(closed, clock.instant())));
    return app.get(FormTokenSigner.class).sign(issueId);
  }

  /** A browser-like client with its own cookie jar. */
  FormClient browser() {
    return new FormClient(this, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  /** A client that never sends cookies. */
  FormClient cookieless() {
    return new FormClient(this, HttpClient.newHttpClient());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  int count(String sql) {
    return db.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  String text(String sql) {
    return db.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  List<Map<String, Object>> rows(String sql) {
    return db.database().jdbi().withHandle(h -> h.createQuery(sql).mapToMap().list());
  }

  @Override
  public void close() {
    app.close();
    db.close();
  }
}
