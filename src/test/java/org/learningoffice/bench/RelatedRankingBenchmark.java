package org.learningoffice.bench;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.learningoffice.app.Application;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.feedforward.OrderToFeed;
import org.learningoffice.feedforward.RankedLesson;
import org.learningoffice.feedforward.RelatedRanking;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.testing.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking the earlier lessons for a new order ({@link RelatedRanking#rank}, through the store) on
 * PostgreSQL ({@code LO_TEST_POSTGRES_URL}) holding 1,000,000 lessons of 200,000 orders over three
 * years, next to a bare indexed lookup in the same run: the ids of the same customer's newest
 * {@value #SLICE} lessons by index, with no lesson rows, no strategy slice and no scoring. Both
 * take the same 64 new orders in turn, so both meet the same mix of large and small customers.
 * SampleTime mode, for the p99.
 *
 * <p>Customers are skewed as order books are: {@value #CUSTOMERS} customers, the customer of an
 * order drawn as {@code floor(CUSTOMERS · u²)} for a uniform {@code u}, so the largest has about
 * 4,900 orders (24,500 lessons) and the smallest a few dozen; 5 % of orders name no customer.
 * Strategies MTO 40 %, ETO 25 %, ATO 25 %, MTS 10 %. Titles, texts and summaries are drawn from a
 * vocabulary of shop-floor phrases, so that the TF-IDF scoring has words to compare. 20,000 of the
 * newest orders received five lessons each, and two thirds of those were voted on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class RelatedRankingBenchmark {
  static final int ORDERS = 200_000;
  static final int LESSONS = 1_000_000;
  static final int CUSTOMERS = 1_500;
  static final int NEW_ORDERS = 64;
  static final int SLICE = 100;
  private static final Instant T0 = Instant.parse("2023-12-04T00:00:00Z");
  private static final long SPAN_SECONDS = 156L * 7 * 24 * 3600;

  private static final String PRODUCTS =
      "ARRAY['welding frame', 'hydraulic press', 'conveyor line', 'control cabinet',"
          + " 'gearbox housing', 'paint booth', 'packaging machine', 'steel platform',"
          + " 'cooling skid', 'robot cell', 'mixing tank', 'crane girder']";
  private static final String TWISTS =
      "ARRAY['rush delivery', 'rework of drawings', 'custom paint', 'new supplier',"
          + " 'tight tolerance', 'site installation', 'export crating', 'late design change',"
          + " 'special certification', 'second batch']";
  private static final String LESSON_TITLES =
      "ARRAY['Fixture reused saves days', 'Supplier lead time underestimated',"
          + " 'Drawing revision missed in quote', 'Paint spec unclear at order entry',"
          + " 'Tolerance stack checked too late', 'Crating dimensions wrong',"
          + " 'Customer changed scope after engineering', 'Test rig booked late',"
          + " 'Weld procedure qualified early', 'Installation crew briefed on site rules',"
          + " 'Certification documents collected up front', 'Frozen design saved rework']";
  private static final String LESSON_TEXTS =
      "ARRAY['The welding fixture took three days to design; next time reuse the one from the"
          + " earlier frame.', 'The new supplier quoted four weeks and delivered in nine; ask for"
          + " their real lead time on castings.', 'Sales quoted from revision B while engineering"
          + " worked on revision C; the quote must name the drawing revision.', 'The customer"
          + " wanted RAL 5010 but the order said blue; confirm the paint code at order entry.',"
          + " 'The tolerance stack of the gearbox housing was only checked at assembly; check it"
          + " in engineering.', 'The export crate did not fit the container; measure with the"
          + " packaging supplier before fabrication.', 'A scope change after the design freeze"
          + " cost two weeks; agree a change fee in the quote.', 'The test rig was booked by"
          + " another order; book it when the order is entered.']";
  private static final String STAGES =
      "ARRAY['QUOTING', 'ORDER_ENTRY', 'ENGINEERING', 'PROCUREMENT', 'FABRICATION',"
          + " 'ASSEMBLY', 'TESTING', 'DELIVERY', 'INSTALLATION', 'AFTER_SALES', 'PLANNING']";

  private ScratchSchema schema;
  private Database database;
  private RelatedRanking ranking;
  private final List<OrderToFeed> newOrders = new ArrayList<>();
  private int next;

  @Setup(Level.Trial)
  public void seed() throws SQLException {
    String base = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
    if (base == null || base.isBlank()) {
      throw new IllegalStateException(
          TestDatabase.POSTGRES_URL_VARIABLE
              + " is unset: this benchmark measures PostgreSQL, e.g."
              + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    schema = ScratchSchema.create(base);
    database = Database.open(TestDatabase.config(schema.url())); // migrates
    database.jdbi().useHandle(h -> seedRows(h));
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
        feedForward:
          projects: [ORD]
        """;
    AppConfig config = new ConfigLoader(Map.of()).loadYaml(yaml, "bench.yml");
    Application app =
        Application.create(
            config,
            Clock.fixed(T0.plusSeconds(SPAN_SECONDS).plus(Duration.ofDays(30)), ZoneOffset.UTC),
            binder -> binder.bind(Database.class).toInstance(database));
    ranking = app.get(RelatedRanking.class);
    database
        .jdbi()
        .useHandle(
            h ->
                h.createQuery(
                        "SELECT id, summary, COALESCE(customer, ''), strategy FROM orders"
                            + " WHERE id > :seeded ORDER BY id")
                    .bind("seeded", ORDERS)
                    .map(
                        (rs, ctx) ->
                            new OrderToFeed(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                Strategy.valueOf(rs.getString(4)),
                                rs.getLong(1) % 2 == 0
                                    ? Optional.of(Stage.ENGINEERING)
                                    : Optional.empty()))
                    .forEach(newOrders::add));
    if (newOrders.size() != NEW_ORDERS) {
      throw new IllegalStateException("expected " + NEW_ORDERS + " new orders: " + newOrders);
    }
  }

  private static void seedRows(org.jdbi.v3.core.Handle h) {
    // u(x, m): a uniform number in [0, 1) from the row number (multiplicative hash), the same
    // in every run; two multipliers give two independent draws
    String u = "(((%s)::bigint * %d) %% 4294967296) / 4294967296.0";
    String at =
        "TIMESTAMPTZ '2023-12-04 00:00:00+00' + ((%s)::bigint * %d / %d) * INTERVAL '1 second'";
    h.execute(
        "INSERT INTO orders (id, issue_id, issue_key, summary, customer, strategy,"
            + " strategy_source, priority_class, status, created_at, closed_at, close_count,"
            + " last_event_at, updated_at)"
            + " SELECT x, CAST(x AS VARCHAR(32)), 'ORD-' || x,"
            + " initcap(("
            + PRODUCTS
            + ")[1 + x % 12]) || ' with ' || ("
            + TWISTS
            + ")[1 + (x / 12) % 10],"
            + " CASE WHEN x % 20 = 0 AND x <= "
            + ORDERS
            + " THEN NULL ELSE 'Customer ' || floor("
            + CUSTOMERS
            + " * power("
            + u.formatted("x", 2654435761L)
            + ", 2))::int END,"
            + " CASE WHEN s < 0.40 THEN 'MTO' WHEN s < 0.65 THEN 'ETO' WHEN s < 0.90 THEN 'ATO'"
            + " ELSE 'MTS' END, 'LABEL',"
            + " CASE WHEN x % 7 = 0 THEN 'EXPEDITED' ELSE 'STANDARD' END,"
            + " CASE WHEN x > "
            + ORDERS
            + " THEN 'OPEN' ELSE 'CLOSED' END,"
            + " c, CASE WHEN x > "
            + ORDERS
            + " THEN NULL ELSE c + INTERVAL '21 days' END, CASE WHEN x > "
            + ORDERS
            + " THEN 0 ELSE 1 END, c, c"
            + " FROM (SELECT x, "
            + u.formatted("x", 2246822519L)
            + " AS s, "
            + at.formatted("LEAST(x, " + ORDERS + ")", SPAN_SECONDS, ORDERS)
            + " AS c FROM generate_series(1, "
            + (ORDERS + NEW_ORDERS)
            + ") AS r(x)) AS g");
    h.execute(
        "SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT MAX(id) FROM orders))");
    int perOrder = LESSONS / ORDERS;
    h.execute(
        "INSERT INTO lessons (id, public_id, order_id, submission_key, title, body, stage, unit,"
            + " unit_set_by, lesson_type, type_set_by, direction, direction_set_by, timing,"
            + " recurrence, proposed_action, author, created_at)"
            + " SELECT x, 'p' || x, o, 's' || x,"
            + " ("
            + LESSON_TITLES
            + ")[1 + (x * 7 + o) % 12],"
            + " ("
            + LESSON_TEXTS
            + ")[1 + (x * 3 + o / 5) % 8],"
            + " CASE WHEN x % 6 = 0 THEN NULL ELSE ("
            + STAGES
            + ")[1 + (x * 5) % 11] END,"
            + " CASE x % 3 WHEN 0 THEN 'FRONT_OFFICE' WHEN 1 THEN 'BACK_OFFICE' ELSE 'BETWEEN' END,"
            + " 'PERSON', CASE x % 2 WHEN 0 THEN 'EXPLOITATION' ELSE 'EXPLORATION' END, 'PERSON',"
            + " CASE x % 5 WHEN 0 THEN 'FOR' ELSE 'FROM' END, 'PERSON',"
            + " CASE x % 4 WHEN 0 THEN 'REAL_TIME' ELSE 'RETROSPECTIVE' END,"
            + " CASE WHEN x % 10 = 0 THEN 'RECURRENT' ELSE 'SPORADIC' END,"
            + " CASE WHEN x % 3 = 0 THEN 'Reuse the checklist of the earlier order' END, 'Bench',"
            + at.formatted("o", SPAN_SECONDS, ORDERS)
            + " + INTERVAL '21 days' + (x % "
            + perOrder
            + ") * INTERVAL '1 hour'"
            + " FROM (SELECT x, (x - 1) / "
            + perOrder
            + " + 1 AS o FROM generate_series(1, "
            + LESSONS
            + ") AS r(x)) AS g");
    h.execute(
        "SELECT setval(pg_get_serial_sequence('lessons', 'id'), (SELECT MAX(id) FROM lessons))");
    // the newest 20,000 orders received five earlier lessons each; two thirds of those got a vote
    int fedFrom = ORDERS - 20_000;
    h.execute(
        "INSERT INTO feed_forward (order_id, related_url, ranked_at, posted_at)"
            + " SELECT id, 'https://lo.example.com/related/' || id, created_at, created_at"
            + " FROM orders WHERE id > "
            + fedFrom
            + " AND id <= "
            + ORDERS);
    h.execute(
        "INSERT INTO feed_forward_lessons (order_id, lesson_id, place, relevance)"
            + " SELECT f.order_id, 1 + (f.order_id::bigint * 7919 + k * 104729) % "
            + (fedFrom * perOrder)
            + ", k + 1, 0.5 FROM feed_forward f CROSS JOIN generate_series(0, 4) AS r(k)"
            + " ON CONFLICT DO NOTHING");
    h.execute(
        "INSERT INTO feed_forward_votes (order_id, lesson_id, vote, voted_at)"
            + " SELECT l.order_id, l.lesson_id,"
            + " CASE WHEN (l.order_id + l.place) % 3 = 0 THEN 'HELPED' ELSE 'NOT_RELEVANT' END,"
            + " f.ranked_at FROM feed_forward_lessons l JOIN feed_forward f"
            + " ON f.order_id = l.order_id WHERE (l.order_id + l.place) % 3 <> 2");
    // hint bits and statistics, as a database in use would have them
    h.execute("VACUUM ANALYZE");
  }

  @TearDown(Level.Trial)
  public void drop() throws SQLException {
    database.close();
    schema.close();
  }

  private OrderToFeed nextOrder() {
    OrderToFeed order = newOrders.get(next);
    next = (next + 1) % newOrders.size();
    return order;
  }

  @Benchmark
  public List<RankedLesson> rankRelated() {
    return ranking.rank(nextOrder());
  }

  /**
   * The same customer's newest {@value #SLICE} lessons, ids only, by the customer and order indexes
   * (the first step of the ranking's customer slice, alone): no lesson rows, no strategy slice, no
   * votes, no scoring.
   */
  @Benchmark
  public List<Long> bareCustomerLookup() {
    OrderToFeed order = nextOrder();
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "WITH theirs AS MATERIALIZED (SELECT l.id, l.created_at FROM orders o"
                            + " JOIN lessons l ON l.order_id = o.id WHERE o.customer = :customer"
                            + " AND o.id <> :except) SELECT id FROM theirs"
                            + " ORDER BY created_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                    .bind("customer", order.customer())
                    .bind("except", order.orderId())
                    .bind("limit", SLICE)
                    .mapTo(Long.class)
                    .list());
  }
}
