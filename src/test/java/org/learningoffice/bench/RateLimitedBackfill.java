package org.learningoffice.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.learningoffice.app.Application;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.order.Backfill;
import org.learningoffice.outbox.OutboxWorker;
import org.learningoffice.store.Database;

/**
 * Issue 14, item 9: {@code backfill} of closed orders against a Jira that allows {@code limit}
 * requests a second ({@link LimitedJiraStub}), through the application's own wiring on an H2 file:
 * {@link Backfill} searches and queues one form per order, then the {@link OutboxWorker} makes the
 * three Jira calls of each (remote link, comment, property) until every order has them. The same
 * backfill against the stub without a limit is the baseline, measured in the same run.
 *
 * <p>Options: {@code -Dorders=2000 -Dlimit=50}.
 */
public final class RateLimitedBackfill {
  private static final LocalDate SINCE = LocalDate.parse("2025-01-01");

  private final ObjectMapper json = new ObjectMapper();
  private final Path dir;

  private RateLimitedBackfill(Path dir) {
    this.dir = dir;
  }

  private record Run(
      String jira,
      int limit,
      int orders,
      Duration time,
      Duration fed,
      int acceptedWhileFeeding,
      StubRateLimit.Ledger seen) {
    double seconds() {
      return time.toNanos() / 1e9;
    }

    double minimumSeconds() {
      return limit == 0 ? 0 : (double) seen.accepted() / limit;
    }

    double tooManyShare() {
      return seen.requests() == 0 ? 0 : (double) seen.tooMany() / seen.requests();
    }

    boolean complete() {
      return seen.writesOf(StubRateLimit.Write.REMOTE_LINK) >= orders
          && seen.writesOf(StubRateLimit.Write.COMMENT) >= orders
          && seen.writesOf(StubRateLimit.Write.PROPERTY) >= orders;
    }
  }

  public static void main(String[] args) throws Exception {
    // the JDK's HTTP server leaves Nagle's algorithm on: each answer would wait ~40 ms for an ACK
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int orders = Integer.getInteger("orders", 2000);
    int limit = Integer.getInteger("limit", 50);
    RateLimitedBackfill bench =
        new RateLimitedBackfill(Files.createTempDirectory("rate-limited-backfill"));
    System.out.printf("warming up: 200 orders, no limit%n");
    bench.run("warm-up", 0, 200);
    Run baseline = bench.run("no limit", 0, orders);
    report(baseline);
    Run limited = bench.run(limit + " requests/s", limit, orders);
    report(limited);
    System.out.println();
    System.out.println(
        "| Jira stub | requests sent | accepted | time | minimum (accepted / N) | time / minimum"
            + " | 429 share | sent before Retry-After passed | all writes done |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    row(baseline);
    row(limited);
    System.out.printf(
        "%nlimited / baseline: %.1f x; baseline rate %.0f requests/s%n",
        limited.seconds() / baseline.seconds(), baseline.seen().accepted() / baseline.seconds());
  }

  private Run run(String name, int limit, int orders) throws IOException, InterruptedException {
    StubRateLimit rate = new StubRateLimit(limit);
    try (LimitedJiraStub stub =
        new LimitedJiraStub(json, rate, new ClosedOrderPages(json, orders))) {
      Path store = dir.resolve(name.replaceAll("[^a-z0-9]+", "-")).resolve("lo");
      AppConfig config =
          new ConfigLoader(Map.of()).loadYaml(yaml(stub.baseUrl().toString(), store), "bench.yml");
      Application app = Application.create(config, Clock.systemUTC());
      // limit 0: no stop but the writes themselves; otherwise ten times the minimum
      long deadline =
          System.nanoTime()
              + Duration.ofSeconds(limit == 0 ? 600 : 10L * 3 * orders / limit).toNanos();
      try (Database database = app.get(Database.class)) {
        long start = System.nanoTime();
        // the outbox worker runs while backfill feeds, as a running server's worker would
        OutboxWorker worker = app.get(OutboxWorker.class);
        Thread writes =
            new Thread(
                () -> {
                  while (rate.ledger().writesOf(StubRateLimit.Write.PROPERTY) < orders
                      && System.nanoTime() < deadline) {
                    if (worker.runDue() == 0) {
                      pause(Duration.ofMillis(20));
                    }
                  }
                },
                "bench-outbox-worker");
        writes.start();
        Backfill.Result found = app.get(Backfill.class).run(SINCE, progress -> {});
        Duration fed = Duration.ofNanos(System.nanoTime() - start);
        int acceptedWhileFeeding = rate.ledger().accepted();
        writes.join();
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        if (found.found() != orders) {
          System.out.printf("%s: backfill found %d of %d orders%n", name, found.found(), orders);
        }
        return new Run(name, limit, orders, time, fed, acceptedWhileFeeding, rate.ledger());
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String yaml(String jiraUrl, Path store) {
    return String.join(
        "\n",
        "jira:",
        "  baseUrl: " + jiraUrl,
        "  deployment: cloud",
        "  email: bench@example.com",
        "  apiToken: bench-token",
        "  webhookSecret: bench-webhook-secret",
        "orders:",
        "  jql: project = ORD AND issuetype = \"Customer Order\"",
        "  closedStatuses: [Shipped]",
        "  strategy:",
        "    field: customfield_10050",
        "  customer:",
        "    field: customfield_10060",
        "store:",
        "  url: jdbc:h2:file:" + store,
        "capture:",
        "  tokenSecret: 0123456789abcdef0123456789abcdef",
        "  maxReminders: 0",
        "");
  }

  private static void report(Run run) {
    System.out.printf(
        "%s: %.1f s, %d requests, %d answered 429, %d before Retry-After passed; search and feed"
            + " done after %.1f s, %.1f requests/s accepted until then, %.1f requests/s after%n",
        run.jira(),
        run.seconds(),
        run.seen().requests(),
        run.seen().tooMany(),
        run.seen().early(),
        run.fed().toNanos() / 1e9,
        run.acceptedWhileFeeding() / (run.fed().toNanos() / 1e9),
        (run.seen().accepted() - run.acceptedWhileFeeding())
            / ((run.time().toNanos() - run.fed().toNanos()) / 1e9));
  }

  private static void row(Run run) {
    System.out.printf(
        "| %s | %,d | %,d | %.1f s | %s | %s | %.2f %% (%d) | %d | %s |%n",
        run.jira(),
        run.seen().requests(),
        run.seen().accepted(),
        run.seconds(),
        run.limit() == 0 ? "–" : String.format("%.1f s", run.minimumSeconds()),
        run.limit() == 0 ? "–" : String.format("%.2f ×", run.seconds() / run.minimumSeconds()),
        100 * run.tooManyShare(),
        run.seen().tooMany(),
        run.seen().early(),
        run.complete() ? "yes" : "NO");
  }
}
