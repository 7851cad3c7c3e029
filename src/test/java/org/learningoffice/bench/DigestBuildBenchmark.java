package org.learningoffice.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.learningoffice.app.Application;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.digest.Digest;
import org.learningoffice.digest.DigestService;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.store.Database;
import org.learningoffice.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building one week's digest on a store of 100,000 lessons (H2) or 1,000,000 (PostgreSQL, from
 * {@code LO_TEST_POSTGRES_URL}) spread over 52 weeks, next to a bare SQL aggregate over the same
 * rows in the same run: lessons per unit and type over the digest's eight weeks plus the week's
 * closed orders. On H2 both sides run without H2's statement cache (see {@link #seed}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DigestBuildBenchmark {
  private static final Instant T0 = Instant.parse("2025-12-01T00:00:00Z");
  private static final long SPAN_SECONDS = 52L * 7 * 24 * 3600;
  private static final IsoWeek WEEK = IsoWeek.of(LocalDate.of(2025, 12, 1).plusWeeks(40));

  @Param({"H2", "POSTGRES"})
  public String kind;

  private Database database;
  private Runnable closer;
  private Application app;
  private DigestService digests;
  private Instant trendStart;
  private Instant weekStart;
  private Instant weekEnd;

  @Setup(Level.Trial)
  public void seed() {
    TestDatabase.Kind k = TestDatabase.Kind.valueOf(kind);
    int lessons = k == TestDatabase.Kind.H2 ? 100_000 : 1_000_000;
    int orders = lessons / 10;
    if (k == TestDatabase.Kind.H2) {
      // no statement cache: H2 keeps the result of an unchanged prepared query while its tables
      // are unchanged, which made both sides measure the cache; now both scan, as after a write
      String url = "jdbc:h2:mem:lo_bench;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0";
      Database h2 = Database.open(TestDatabase.config(url));
      database = h2;
      closer = h2::close;
    } else {
      TestDatabase test = TestDatabase.open(k);
      database = test.database();
      closer = test::close;
    }
    boolean pg = database.isPostgres();
    String range = pg ? "generate_series(1, :n) AS r(x)" : "SYSTEM_RANGE(1, :n) AS r(x)";
    String at =
        pg
            ? "TIMESTAMPTZ '2025-12-01 00:00:00+00' + (x::bigint * %d / :n) * INTERVAL '1 second'"
            : "DATEADD(SECOND, CAST(x AS BIGINT) * %d / :n, TIMESTAMP WITH TIME ZONE '2025-12-01 00:00:00+00')";
    String time = at.formatted(SPAN_SECONDS);
    database
        .jdbi()
        .useHandle(
            h -> {
              h.createUpdate(
                      "INSERT INTO orders (issue_id, issue_key, summary, strategy, strategy_source,"
                          + " priority_class, status, created_at, closed_at, close_count,"
                          + " last_event_at, updated_at) SELECT CAST(x AS VARCHAR(32)),"
                          + " CONCAT('ORD-', CAST(x AS VARCHAR(32))), CONCAT('Order ', CAST(x AS VARCHAR(32))),"
                          + " CASE MOD(x, 4) WHEN 0 THEN 'ETO' WHEN 1 THEN 'MTO' WHEN 2 THEN 'ATO' ELSE 'MTS' END,"
                          + " 'LABEL', CASE MOD(x, 7) WHEN 0 THEN 'EXPEDITED' ELSE 'STANDARD' END,"
                          + " 'CLOSED', "
                          + time
                          + ", "
                          + time
                          + ", 1, "
                          + time
                          + ", "
                          + time
                          + " FROM "
                          + range)
                  .bind("n", orders)
                  .execute();
              h.createUpdate(
                      "INSERT INTO lessons (public_id, order_id, submission_key, title, body, stage,"
                          + " unit, unit_set_by, lesson_type, type_set_by, direction,"
                          + " direction_set_by, timing, recurrence, proposed_action, author,"
                          + " created_at) SELECT CONCAT('p', CAST(x AS VARCHAR(32))),"
                          + " MOD(x - 1, "
                          + orders
                          + ") + 1, CONCAT('s', CAST(x AS VARCHAR(32))),"
                          + " CONCAT('Lesson ', CAST(x AS VARCHAR(32))),"
                          + " 'The welding fixture took three days to design; next time reuse it.',"
                          + " 'ENGINEERING',"
                          + " CASE MOD(x, 3) WHEN 0 THEN 'FRONT_OFFICE' WHEN 1 THEN 'BACK_OFFICE' ELSE 'BETWEEN' END,"
                          + " 'PERSON', CASE MOD(x, 2) WHEN 0 THEN 'EXPLOITATION' ELSE 'EXPLORATION' END,"
                          + " 'PERSON', CASE MOD(x, 5) WHEN 0 THEN 'FOR' ELSE 'FROM' END, 'PERSON',"
                          + " CASE MOD(x, 4) WHEN 0 THEN 'REAL_TIME' ELSE 'RETROSPECTIVE' END,"
                          + " 'SPORADIC', CASE MOD(x, 9) WHEN 0 THEN 'Make a checklist' END, 'Bench',"
                          + " "
                          + time.replace(":n", Integer.toString(lessons))
                          + " FROM "
                          + range.replace(":n", Integer.toString(lessons)))
                  .execute();
              if (pg) {
                // set hint bits and statistics, as a database in use would have them
                h.execute("VACUUM ANALYZE");
              }
            });
    String yaml =
        """
        jira:
          baseUrl: https://acme.atlassian.net
          email: bot@example.com
          apiToken: token
          webhookSecret: secret
        orders:
          jql: project = ORD
        capture:
          tokenSecret: 0123456789abcdef0123456789abcdef
        """;
    AppConfig config = new ConfigLoader(Map.of()).loadYaml(yaml, "bench.yml");
    app =
        Application.create(
            config,
            Clock.fixed(T0.plus(java.time.Duration.ofDays(400)), ZoneOffset.UTC),
            binder -> binder.bind(Database.class).toInstance(database));
    digests = app.get(DigestService.class);
    weekStart = WEEK.start(ZoneOffset.UTC);
    weekEnd = WEEK.end(ZoneOffset.UTC);
    trendStart = WEEK.minus(7).start(ZoneOffset.UTC);
  }

  @TearDown(Level.Trial)
  public void drop() {
    closer.run();
  }

  @Benchmark
  public Digest buildDigest() {
    return digests.build(WEEK);
  }

  @Benchmark
  public List<Integer> bareAggregate() {
    return database
        .jdbi()
        .withHandle(
            h -> {
              List<Integer> counts =
                  new java.util.ArrayList<>(
                      h.createQuery(
                              "SELECT COUNT(*) FROM lessons WHERE created_at >= :from"
                                  + " AND created_at < :until GROUP BY unit, lesson_type")
                          .bind("from", trendStart)
                          .bind("until", weekEnd)
                          .mapTo(Integer.class)
                          .list());
              counts.add(
                  h.createQuery(
                          "SELECT COUNT(*) FROM orders WHERE closed_at >= :from AND closed_at < :until")
                      .bind("from", weekStart)
                      .bind("until", weekEnd)
                      .mapTo(Integer.class)
                      .one());
              return counts;
            });
  }
}
