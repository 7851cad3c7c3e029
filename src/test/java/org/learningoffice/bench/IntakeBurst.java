package org.learningoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.learningoffice.config.Secret;
import org.learningoffice.order.WebhookSignature;

/**
 * The intake benchmark (not a test): starts {@link IntakeBenchServer} as a second process, then
 * fires a burst of 10,000 signed Jira-shaped webhooks, 30 % of them repeated deliveries (same body,
 * same {@code X-Atlassian-Webhook-Identifier}), at {@code POST /hooks/jira}, and the same burst at
 * the server's no-op endpoint, the two taking turns a tenth of the burst at a time, and reports
 * deliveries/s, p50/p99 latency and CPU time per delivery (of the server process and of the local
 * PostgreSQL's processes) of each. Then checks that every unique event was stored exactly once. On
 * H2 (a file, as by default) and, when {@code LO_TEST_POSTGRES_URL} is set, on PostgreSQL (a fresh
 * schema, dropped afterwards).
 *
 * <p>Run: see README.md, "Performance".
 */
public final class IntakeBurst {
  private static final int DELIVERIES = 10_000;
  private static final int UNIQUE = 7_000;
  private static final int WARMUP_UNIQUE = 2_000;
  private static final int CLIENT_THREADS = 8;
  private static final int SLICES = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Delivery(byte[] body, String signature, String identifier) {}

  /** The answers to some deliveries: how long they took in all, and each one's latency. */
  private record Burst(
      long elapsedNanos,
      long[] latencies,
      int accepted,
      int duplicate,
      int other,
      long serverCpuNanos,
      long databaseCpuNanos) {
    static final Burst NONE = new Burst(0, new long[0], 0, 0, 0, 0, 0);

    Burst and(Burst more) {
      long[] both = Arrays.copyOf(latencies, latencies.length + more.latencies.length);
      System.arraycopy(more.latencies, 0, both, latencies.length, more.latencies.length);
      Arrays.sort(both);
      return new Burst(
          elapsedNanos + more.elapsedNanos,
          both,
          accepted + more.accepted,
          duplicate + more.duplicate,
          other + more.other,
          serverCpuNanos + more.serverCpuNanos,
          databaseCpuNanos + more.databaseCpuNanos);
    }

    /** CPU time per delivery, in ms: the server process, then the database server's processes. */
    String cpu() {
      return String.format(
          Locale.ROOT,
          "CPU per delivery: server %.2f ms, PostgreSQL %.2f ms",
          serverCpuNanos / 1e6 / latencies.length,
          databaseCpuNanos / 1e6 / latencies.length);
    }

    double perSecond() {
      return latencies.length / (elapsedNanos / 1e9);
    }

    double p50Millis() {
      return latencies[(int) (latencies.length * 0.50)] / 1e6;
    }

    double p99Millis() {
      return latencies[(int) (latencies.length * 0.99)] / 1e6;
    }
  }

  private IntakeBurst() {}

  public static void main(String[] args) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "Intake burst: %,d signed deliveries (%,d unique, %d %% repeated), %d client threads,"
            + " %d cores%n",
        DELIVERIES,
        UNIQUE,
        (DELIVERIES - UNIQUE) * 100 / DELIVERIES,
        CLIENT_THREADS,
        Runtime.getRuntime().availableProcessors());
    Path dir = Files.createTempDirectory("lo-bench");
    run("H2", "jdbc:h2:file:" + dir.resolve("bench"));
    String postgres = System.getenv("LO_TEST_POSTGRES_URL");
    if (postgres == null || postgres.isBlank()) {
      System.out.println("PostgreSQL: skipped (LO_TEST_POSTGRES_URL is unset)");
      return;
    }
    String schema = "lo_bench_" + Long.toHexString(System.nanoTime());
    execute(postgres, "CREATE SCHEMA " + schema);
    try {
      run(
          "PostgreSQL",
          postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    } finally {
      execute(postgres, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private static void run(String label, String storeUrl) throws Exception {
    Process server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                IntakeBenchServer.class.getName(),
                storeUrl)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      int port = port(server.getInputStream());
      URI base = URI.create("http://127.0.0.1:" + port);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<Delivery> warmup = deliveries(WARMUP_UNIQUE, WARMUP_UNIQUE, 1_000_000);
      List<Delivery> burst = deliveries(DELIVERIES, UNIQUE, 0);
      fire(http, server, base.resolve("/bench/noop"), warmup);
      fire(http, server, base.resolve("/hooks/jira"), warmup);
      // The two endpoints take turns, a slice of the burst each, so that a change in the load of
      // a shared machine during the run weighs on both alike.
      Burst noop = Burst.NONE;
      Burst intake = Burst.NONE;
      int sliceSize = DELIVERIES / SLICES;
      for (int slice = 0; slice < SLICES; slice++) {
        List<Delivery> part = burst.subList(slice * sliceSize, (slice + 1) * sliceSize);
        if (slice % 2 == 0) {
          noop = noop.and(fire(http, server, base.resolve("/bench/noop"), part));
          intake = intake.and(fire(http, server, base.resolve("/hooks/jira"), part));
        } else {
          intake = intake.and(fire(http, server, base.resolve("/hooks/jira"), part));
          noop = noop.and(fire(http, server, base.resolve("/bench/noop"), part));
        }
      }
      JsonNode inbox =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(base.resolve("/bench/inbox")).GET().build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      int rows = inbox.path("rows_stored").asInt();
      int distinct = inbox.path("distinct_keys").asInt();
      int expected = WARMUP_UNIQUE + UNIQUE;
      System.out.printf(
          Locale.ROOT,
          "%s | no-op endpoint: %,.0f/s, p50 %.2f ms, p99 %.2f ms | intake: %,.0f/s, p50 %.2f ms,"
              + " p99 %.2f ms (%.2f x no-op) | no-op %s | intake %s"
              + " | intake answers: %d accepted, %d duplicate, %d other"
              + " | inbox: %d rows, %d distinct keys, %d expected: %s%n",
          label,
          noop.perSecond(),
          noop.p50Millis(),
          noop.p99Millis(),
          intake.perSecond(),
          intake.p50Millis(),
          intake.p99Millis(),
          intake.perSecond() / noop.perSecond(),
          noop.cpu(),
          intake.cpu(),
          intake.accepted(),
          intake.duplicate(),
          intake.other(),
          rows,
          distinct,
          expected,
          rows == expected && distinct == expected && intake.accepted() == UNIQUE
              ? "each unique event stored exactly once"
              : "MISMATCH");
    } finally {
      server.getOutputStream().close();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroy();
      }
    }
  }

  private static int port(InputStream out) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.startsWith("PORT ")) {
        return Integer.parseInt(line.substring(5).trim());
      }
    }
    throw new IllegalStateException("the benchmark server exited before it listened");
  }

  /** {@code total} deliveries of {@code unique} events, the rest repeats, shuffled (fixed seed). */
  private static List<Delivery> deliveries(int total, int unique, int idBase) throws IOException {
    ObjectNode template;
    try (InputStream in =
        IntakeBurst.class.getResourceAsStream("/webhooks/issue_updated_done.json")) {
      template = (ObjectNode) JSON.readTree(in);
    }
    Secret secret = Secret.of(IntakeBenchServer.SECRET);
    List<Delivery> originals = new ArrayList<>();
    for (int i = 0; i < unique; i++) {
      ObjectNode event = template.deepCopy();
      int id = 100_000 + idBase + i;
      ((ObjectNode) event.path("issue")).put("id", String.valueOf(id)).put("key", "ORD-" + id);
      ((ObjectNode) event.path("changelog")).put("id", String.valueOf(id));
      byte[] body = JSON.writeValueAsBytes(event);
      originals.add(
          new Delivery(body, WebhookSignature.sign(secret, body), "bench-" + idBase + "-" + i));
    }
    Random random = new Random(42);
    List<Delivery> all = new ArrayList<>(originals);
    for (int i = unique; i < total; i++) {
      all.add(originals.get(random.nextInt(unique)));
    }
    Collections.shuffle(all, random);
    return all;
  }

  private static Burst fire(HttpClient http, Process server, URI target, List<Delivery> deliveries)
      throws Exception {
    long serverCpu = cpuNanos(server.toHandle());
    long databaseCpu = databaseCpuNanos();
    long[] latencies = new long[deliveries.size()];
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger duplicate = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < deliveries.size(); i++) {
      int index = i;
      Delivery d = deliveries.get(i);
      done.add(
          pool.submit(
              () -> {
                HttpRequest request =
                    HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/json")
                        .header("X-Hub-Signature", d.signature())
                        .header("X-Atlassian-Webhook-Identifier", d.identifier())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(d.body()))
                        .build();
                long sent = System.nanoTime();
                HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
                latencies[index] = System.nanoTime() - sent;
                if (response.statusCode() != 202) {
                  other.incrementAndGet();
                } else if (response.body().contains("duplicate")) {
                  duplicate.incrementAndGet();
                } else {
                  accepted.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return new Burst(
        elapsed,
        latencies,
        accepted.get(),
        duplicate.get(),
        other.get(),
        cpuNanos(server.toHandle()) - serverCpu,
        databaseCpuNanos() - databaseCpu);
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** CPU time of the local PostgreSQL server's processes (0 where they cannot be seen). */
  private static long databaseCpuNanos() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .mapToLong(IntakeBurst::cpuNanos)
        .sum();
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url)) {
      c.createStatement().execute(sql);
    }
  }
}
