package org.learningoffice.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.learningoffice.store.Database;
import org.learningoffice.testing.ClosedOrderWebhooks;
import org.learningoffice.testing.ClosedOrderWebhooks.Delivery;
import org.learningoffice.testing.ServeProcess;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.testing.jira.PostedComments;
import org.learningoffice.testing.jira.WriteBackJira;

/**
 * The footprint benchmark (not a test): {@code serve} in a child JVM with the README's JVM options
 * ({@link ServeProcess#README_JVM_OPTIONS}, or {@code -Djvm="..."}) against a WireMock Jira,
 * measuring (1) start to {@code /health} 200 on an existing store, (2) SIGTERM to exit with closed
 * orders queued and every Jira call taking 20 s, and (3) the resident set size ({@code VmRSS})
 * during and after a burst of 10,000 webhooks, each closing an order, from 8 client threads. On
 * PostgreSQL ({@code LO_TEST_POSTGRES_URL}, a fresh schema dropped afterwards) or else on an H2
 * file. {@code -Djar=target/learning-office.jar} runs the release jar instead of the class path.
 *
 * <p>Run: see docs/benchmarks.md, "Start, stop and memory".
 */
public final class ServeFootprint {
  private static final int BURST = 10_000;
  private static final int CLIENTS = 8;
  private static final int STARTS = 5;
  private static final int QUEUED = 200;
  private static final Duration HEALTHY = Duration.ofSeconds(120);

  /** The server's JVM options: {@code -Djvm="..."}, the README's unless set. */
  private static final List<String> JVM_OPTIONS =
      System.getProperty("jvm") == null
          ? ServeProcess.README_JVM_OPTIONS
          : List.of(System.getProperty("jvm").trim().split("\\s+"));

  private ServeFootprint() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("lo-footprint");
    String postgres = System.getenv("LO_TEST_POSTGRES_URL");
    if (postgres == null || postgres.isBlank()) {
      run("H2 (file)", "jdbc:h2:file:" + dir.resolve("store"), dir);
      return;
    }
    try (ScratchSchema schema = ScratchSchema.create(postgres)) {
      run("PostgreSQL", schema.url(), dir);
    }
  }

  private static void run(String store, String url, Path dir) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Serve footprint on %s, JVM options %s, %d cores; logs in %s%n",
        store,
        String.join(" ", JVM_OPTIONS),
        Runtime.getRuntime().availableProcessors(),
        dir);
    WireMockServer wireMock =
        new WireMockServer(options().dynamicPort().extensions(new PostedComments()));
    wireMock.start();
    try {
      URI jira = URI.create(wireMock.baseUrl());
      WriteBackJira.on(wireMock, Duration.ZERO);
      try (ServeProcess serve =
          ServeProcess.configure(dir, "footprint", url, jira, Duration.ofMinutes(10))
              .withJvmOptions(JVM_OPTIONS)) {
        if (System.getProperty("jar") != null) {
          serve.withJar(Path.of(System.getProperty("jar")).toAbsolutePath());
        }
        // the first start migrates the store; the next ones start on an existing store
        System.out.printf(
            Locale.ROOT, "first start (migrates): %d ms%n", startAndStop(serve).toMillis());
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
          starts.add(startAndStop(serve).toMillis());
        }
        starts.sort(null);
        System.out.printf(
            Locale.ROOT,
            "start to /health 200, existing store: median %d ms, min %d, max %d (%d starts)%n",
            starts.get(STARTS / 2),
            starts.get(0),
            starts.get(STARTS - 1),
            STARTS);

        serve.start().awaitHealthy(HEALTHY);
        Memory memory = burst(serve);
        System.out.printf(
            Locale.ROOT,
            "RSS: %d MiB after start; peak %d MiB during the burst of %,d webhooks (%,d"
                + " answered 202, %.0f/s); %d MiB 30 s after it%n",
            memory.afterStartKib / 1024,
            memory.peakKib / 1024,
            BURST,
            memory.accepted,
            memory.perSecond,
            memory.afterKib / 1024);

        // a slow Jira and a queue: every order of the burst (and more) is waiting for its form
        WriteBackJira slow = WriteBackJira.on(wireMock, Duration.ofSeconds(20));
        wireMock.resetRequests();
        for (Delivery d : ClosedOrderWebhooks.closing(BURST, QUEUED)) {
          serve.deliver(d);
        }
        long waited = System.nanoTime();
        while (slow.calls() == 0 && System.nanoTime() - waited < HEALTHY.toNanos()) {
          Thread.sleep(20);
        }
        Duration stop = serve.stop(Duration.ofSeconds(60));
        System.out.printf(
            Locale.ROOT,
            "SIGTERM to exit, Jira calls in flight (20 s each), attach-form jobs queued: %d ms%n",
            stop.toMillis());
        // nothing lost: every webhook of the burst and of the queue is in the inbox, once
        try (Database database = Database.open(TestDatabase.config(url))) {
          Map<String, Integer> inbox = new TreeMap<>();
          database
              .jdbi()
              .useHandle(
                  h ->
                      h.createQuery("SELECT status, COUNT(*) FROM inbox GROUP BY status")
                          .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                          .forEach(e -> inbox.put(e.getKey(), e.getValue())));
          int rows = inbox.values().stream().mapToInt(Integer::intValue).sum();
          System.out.printf(
              Locale.ROOT,
              "inbox after the stop: %,d rows %s for %,d distinct webhooks sent: %s%n",
              rows,
              inbox,
              BURST + QUEUED,
              rows == BURST + QUEUED ? "none lost" : "MISSING " + (BURST + QUEUED - rows));
        }
      }
    } finally {
      wireMock.stop();
    }
  }

  private static Duration startAndStop(ServeProcess serve) {
    Duration took = serve.start().awaitHealthy(HEALTHY);
    serve.stop(Duration.ofSeconds(60));
    return took;
  }

  private record Memory(
      long afterStartKib, long peakKib, long afterKib, int accepted, double perSecond) {}

  private static Memory burst(ServeProcess serve) throws Exception {
    long afterStart = serve.residentKib();
    AtomicLong peak = new AtomicLong(afterStart);
    AtomicInteger accepted = new AtomicInteger();
    List<Delivery> deliveries = ClosedOrderWebhooks.closing(0, BURST);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
    Future<?> sampler =
        pool.submit(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(serve.residentKib(), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    long start = System.nanoTime();
    List<Future<?>> sent = new ArrayList<>();
    for (Delivery d : deliveries) {
      sent.add(
          pool.submit(
              () -> {
                if (serve.deliver(d).orElse(0) == 202) {
                  accepted.incrementAndGet();
                }
              }));
    }
    for (Future<?> f : sent) {
      f.get();
    }
    double perSecond = BURST / ((System.nanoTime() - start) / 1e9);
    // the inbox and outbox workers go on with the burst's orders
    Thread.sleep(30_000);
    sampler.cancel(true);
    pool.shutdownNow();
    long after = serve.residentKib();
    return new Memory(afterStart, Math.max(peak.get(), after), after, accepted.get(), perSecond);
  }
}
