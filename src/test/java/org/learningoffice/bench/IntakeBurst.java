package org.learningoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.learningoffice.config.Secret;
import org.learningoffice.order.WebhookSignature;
import org.learningoffice.testing.ServeProcess;

/**
 * The intake benchmark (not a test): starts {@link IntakeBenchServer} as a second process, warms it
 * up until its JIT compilers are nearly idle, then fires a burst of 10,000 signed Jira-shaped
 * webhooks, 30 % of them repeated deliveries (same body, same {@code
 * X-Atlassian-Webhook-Identifier}), at {@code POST /hooks/jira}, and the same burst at the server's
 * no-op endpoint, the two taking turns a tenth of the burst at a time, and reports deliveries/s,
 * p50/p99 latency, CPU time per delivery (of the server process and of the local PostgreSQL's
 * processes) and the server's context switches per delivery of each. Then checks that every unique
 * event was stored exactly once. On H2 (a file, as by default) and, when {@code
 * LO_TEST_POSTGRES_URL} is set, on PostgreSQL (a fresh schema, dropped afterwards).
 *
 * <p>Run: see docs/benchmarks.md, "Webhook intake".
 */
public final class IntakeBurst {
  private static final int DELIVERIES = 10_000;
  private static final int UNIQUE = 7_000;

  /** Deliveries of new events per warm-up round, to each endpoint. */
  private static final int WARMUP_ROUND = 5_000;

  private static final int MAX_WARMUP_ROUNDS = 12;

  /**
   * Warm-up ends once the server's JIT compilers spent less than this share of a round's time: on
   * two cores, C2 compiling the intake path took about 40 % of the server's CPU well after 10,000
   * warm-up deliveries, and a run measured then is a measure of the compiler.
   */
  private static final double STEADY_JIT_SHARE = 0.02;

  /** Deliveries in flight at once: {@code -Dclients=N}, 8 unless set. */
  private static final int CLIENT_THREADS = Integer.getInteger("clients", 8);

  /** The stores to measure: {@code -Dstores=H2} or {@code -Dstores=PostgreSQL}, both unless set. */
  private static final String STORES = System.getProperty("stores", "H2,PostgreSQL");

  private static final int SLICES = 10;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  private record Delivery(byte[] body, String signature, String identifier) {}

  /** The answers to some deliveries: how long they took in all, and each one's latency. */
  private record Burst(
      long elapsedNanos,
      long[] latencies,
      int accepted,
      int duplicate,
      int other,
      long serverCpuNanos,
      long databaseCpuNanos,
      long serverContextSwitches) {
    static final Burst NONE = new Burst(0, new long[0], 0, 0, 0, 0, 0, 0);

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
          databaseCpuNanos + more.databaseCpuNanos,
          serverContextSwitches + more.serverContextSwitches);
    }

    /**
     * Per delivery: CPU time in ms of the server process, then of the database server's processes,
     * and the server's context switches.
     */
    String cpu() {
      return String.format(
          Locale.ROOT,
          "CPU per delivery: server %.2f ms, PostgreSQL %.2f ms; server context switches %.1f",
          serverCpuNanos / 1e6 / latencies.length,
          databaseCpuNanos / 1e6 / latencies.length,
          (double) serverContextSwitches / latencies.length);
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
    if (STORES.contains("H2")) {
      run("H2", "jdbc:h2:file:" + dir.resolve("bench"), dir);
    }
    if (!STORES.contains("PostgreSQL")) {
      return;
    }
    String postgres = System.getenv("LO_TEST_POSTGRES_URL");
    if (postgres == null || postgres.isBlank()) {
      System.out.println("PostgreSQL: skipped (LO_TEST_POSTGRES_URL is unset)");
      return;
    }
    try (ScratchSchema schema = ScratchSchema.create(postgres)) {
      run("PostgreSQL", schema.url(), dir);
    }
  }

  private static void run(String label, String storeUrl, Path dir) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ServeProcess.README_JVM_OPTIONS);
    // Extra options for the server JVM, e.g. to profile it (see docs/benchmarks.md, "Webhook
    // intake").
    String options = System.getenv().getOrDefault("LO_BENCH_SERVER_JAVA_OPTIONS", "");
    command.addAll(Arrays.stream(options.split("\\s+")).filter(o -> !o.isEmpty()).toList());
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), IntakeBenchServer.class.getName()));
    command.add(storeUrl);
    Path log = dir.resolve(label + "-server.log");
    Path out = dir.resolve(label + "-server.out");
    System.out.println("  " + label + " server log: " + log + " (standard output: " + out + ")");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
    builder.environment().putAll(ServeProcess.README_ENVIRONMENT);
    Process server = builder.start();
    try {
      int port = port(server.getInputStream(), out);
      URI base = URI.create("http://127.0.0.1:" + port);
      // OkHttp, not java.net.http: under this load the JDK 17 client now and then failed a
      // delivery the server had answered ("HTTP/1.1 header parser received no bytes", JDK-8336655).
      OkHttpClient http =
          new OkHttpClient.Builder()
              .connectionPool(new ConnectionPool(CLIENT_THREADS, 5, TimeUnit.MINUTES))
              .build();
      int warmupEvents = warmUp(http, server, base);
      List<Delivery> burst = deliveries(DELIVERIES, UNIQUE, 0);
      long jitBefore = jitMillis(http, base);
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
      long jitDuring = jitMillis(http, base) - jitBefore;
      JsonNode inbox = get(http, base.resolve("/bench/inbox"));
      int rows = inbox.path("rows_stored").asInt();
      int distinct = inbox.path("distinct_keys").asInt();
      int expected = warmupEvents + UNIQUE;
      System.out.printf(
          Locale.ROOT,
          "%s | warm-up: %,d events to each endpoint; JIT during the burst %d ms"
              + " | no-op endpoint: %,.0f/s, p50 %.2f ms, p99 %.2f ms | intake: %,.0f/s, p50 %.2f ms,"
              + " p99 %.2f ms (%.2f x no-op) | no-op %s | intake %s"
              + " | intake answers: %d accepted, %d duplicate, %d other"
              + " | inbox: %d rows, %d distinct keys, %d expected: %s%n",
          label,
          warmupEvents,
          jitDuring,
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

  /**
   * Warms both endpoints up in rounds of new events until the server's JIT compilers are nearly
   * idle during a round (or {@link #MAX_WARMUP_ROUNDS} rounds have run).
   *
   * @return the number of events stored while warming up
   */
  private static int warmUp(OkHttpClient http, Process server, URI base) throws Exception {
    int rounds = 0;
    boolean steady = false;
    while (!steady && rounds < MAX_WARMUP_ROUNDS) {
      List<Delivery> round = deliveries(WARMUP_ROUND, WARMUP_ROUND, 1_000_000 * ++rounds);
      long jitBefore = jitMillis(http, base);
      long start = System.nanoTime();
      fire(http, server, base.resolve("/bench/noop"), round);
      fire(http, server, base.resolve("/hooks/jira"), round);
      double elapsedMillis = (System.nanoTime() - start) / 1e6;
      long jit = jitMillis(http, base) - jitBefore;
      System.out.printf(
          Locale.ROOT,
          "  warm-up round %d: the server's JIT compiled for %,d ms of %,.0f ms%n",
          rounds,
          jit,
          elapsedMillis);
      steady = jit < STEADY_JIT_SHARE * elapsedMillis;
    }
    return rounds * WARMUP_ROUND;
  }

  private static long jitMillis(OkHttpClient http, URI base) throws Exception {
    return get(http, base.resolve("/bench/jit")).path("compilation_millis").asLong();
  }

  private static JsonNode get(OkHttpClient http, URI uri) throws Exception {
    try (Response response =
        http.newCall(new Request.Builder().url(uri.toURL()).build()).execute()) {
      return JSON.readTree(response.body().string());
    }
  }

  /**
   * Reads the server's port from its standard output, then copies the rest of that output to {@code
   * rest} on a daemon thread: once the pipe is full, a server writing to it would stall (as it did
   * with {@code -XX:+PrintCompilation}).
   */
  private static int port(InputStream out, Path rest) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.startsWith("PORT ")) {
        int port = Integer.parseInt(line.substring(5).trim());
        Thread copier =
            new Thread(
                () -> {
                  try (Writer file = Files.newBufferedWriter(rest)) {
                    lines.transferTo(file);
                  } catch (IOException e) {
                    // the server is gone, or the file cannot be written: nothing left to keep
                  }
                },
                "server-stdout");
        copier.setDaemon(true);
        copier.start();
        return port;
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

  private static Burst fire(
      OkHttpClient http, Process server, URI target, List<Delivery> deliveries) throws Exception {
    long serverCpu = cpuNanos(server.toHandle());
    long databaseCpu = databaseCpuNanos();
    long switches = contextSwitches(server.pid());
    long[] latencies = new long[deliveries.size()];
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger duplicate = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
    java.net.URL url = target.toURL();
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < deliveries.size(); i++) {
      int index = i;
      Delivery d = deliveries.get(i);
      done.add(
          pool.submit(
              () -> {
                Request request =
                    new Request.Builder()
                        .url(url)
                        .header("X-Hub-Signature", d.signature())
                        .header("X-Atlassian-Webhook-Identifier", d.identifier())
                        .post(RequestBody.create(d.body(), JSON_TYPE))
                        .build();
                long sent = System.nanoTime();
                try (Response response = http.newCall(request).execute()) {
                  String body = response.body().string();
                  latencies[index] = System.nanoTime() - sent;
                  if (response.code() != 202) {
                    other.incrementAndGet();
                  } else if (body.contains("duplicate")) {
                    duplicate.incrementAndGet();
                  } else {
                    accepted.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    long elapsed = System.nanoTime() - start;
    return new Burst(
        elapsed,
        latencies,
        accepted.get(),
        duplicate.get(),
        other.get(),
        cpuNanos(server.toHandle()) - serverCpu,
        databaseCpuNanos() - databaseCpu,
        contextSwitches(server.pid()) - switches);
  }

  private static long cpuNanos(ProcessHandle process) {
    return process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** CPU time of the local PostgreSQL server's processes (0 where they cannot be seen). */
  /**
   * The context switches of a process's threads so far, voluntary and not (Linux: 0 elsewhere).
   * Threads that ended in between are missed, so this is a lower bound.
   */
  private static long contextSwitches(long pid) {
    Path tasks = Path.of("/proc", String.valueOf(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return 0;
    }
    long sum = 0;
    try (var threads = Files.list(tasks)) {
      for (Path thread : threads.toList()) {
        try {
          for (String line : Files.readAllLines(thread.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")
                || line.startsWith("nonvoluntary_ctxt_switches:")) {
              sum += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
            }
          }
        } catch (IOException | RuntimeException ended) {
          // the thread ended while we read
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return sum;
  }

  private static long databaseCpuNanos() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .mapToLong(IntakeBurst::cpuNanos)
        .sum();
  }
}
