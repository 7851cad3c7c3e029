package org.learningoffice.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * {@code serve} in a child JVM, as an operator runs it: a configuration file in a temporary folder
 * (the given store, a Jira at the given address, webhook secret {@link ClosedOrderWebhooks#SECRET})
 * and {@code org.learningoffice.app.Main serve --config <file>} on this JVM's class path, with the
 * environment and JVM options the README recommends. It can be started again after a kill, on the
 * same port and store; its output goes to {@code <name>.log} beside the configuration.
 */
public final class ServeProcess implements AutoCloseable {
  /**
   * The environment the README's systemd unit gives {@code java} ({@code ExecStart=/usr/bin/env
   * MALLOC_ARENA_MAX=2 java ...}): at most two glibc malloc arenas, where glibc would otherwise
   * make up to eight per core for the threads that allocate natively (JIT, GC, NIO, JDBC), each
   * keeping its freed memory resident.
   */
  public static final Map<String, String> README_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  /** The JVM options of the README's systemd unit, in its order. */
  public static final List<String> README_JVM_OPTIONS =
      List.of(
          "-Xms32m",
          "-Xmx128m",
          "-XX:+UseSerialGC",
          "-XX:MaxMetaspaceSize=96m",
          "-XX:ReservedCodeCacheSize=48m",
          "-Xss512k",
          "-XX:TieredStopAtLevel=1",
          "-XX:+ExitOnOutOfMemoryError");

  /**
   * Where the README's systemd unit keeps the class archive that its {@code ExecStartPre} makes
   * ({@code serve --warm-up} under {@code -XX:ArchiveClassesAtExit}) and its {@code ExecStart} maps
   * ({@link #classArchiveOption}, after {@link #README_JVM_OPTIONS}).
   */
  public static final Path README_CLASS_ARCHIVE = Path.of("/var/lib/learning-office/classes.jsa");

  /** The JVM option that maps {@code archive}, which a start then need not load class by class. */
  public static String classArchiveOption(Path archive) {
    return "-XX:SharedArchiveFile=" + archive;
  }

  private static final MediaType JSON = MediaType.get("application/json");

  private final Path config;
  private final Path log;
  private final int port;
  private final OkHttpClient http;
  private List<String> jvmOptions = README_JVM_OPTIONS;
  private Optional<Path> jar = Optional.empty();
  private Process process;
  private long startedNanos;

  private ServeProcess(Path config, Path log, int port) {
    this.config = config;
    this.log = log;
    this.port = port;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(30))
            .retryOnConnectionFailure(false)
            .build();
  }

  /** The longest job step with the default Jira timeouts and retries (store.outboxLease). */
  private static final Duration DEFAULT_JIRA_STEP = Duration.ofSeconds(380);

  /** The shortest {@code store.outboxLease} a short-lease instance may have. */
  public static final Duration SHORT_LEASE_AT_LEAST = Duration.ofSeconds(14);

  /**
   * Writes the configuration of instance {@code name} into {@code dir}; nothing runs yet.
   *
   * @param outboxLease {@code store.outboxLease}: how soon a killed instance's jobs are taken over;
   *     one shorter than a job step with the default Jira calls (6m20s) gets Jira calls short
   *     enough for it: one attempt of 1 s to connect and 3 s to read, so a job step of two calls
   *     takes at most {@link #SHORT_LEASE_AT_LEAST}
   */
  public static ServeProcess configure(
      Path dir, String name, String storeUrl, URI jira, Duration outboxLease) {
    boolean shortLease = outboxLease.compareTo(DEFAULT_JIRA_STEP) < 0;
    int port = freePort();
    String yaml =
        String.join(
            "\n",
            "server:",
            "  port: " + port,
            "jira:",
            "  baseUrl: " + jira,
            "  deployment: cloud",
            "  email: bot@example.com",
            "  apiToken: token",
            "  webhookSecret: " + ClosedOrderWebhooks.SECRET,
            shortLease ? "  readTimeout: 3s" : "  readTimeout: 30s",
            shortLease ? "  connectTimeout: 1s" : "",
            shortLease ? "  maxAttempts: 1" : "",
            "orders:",
            "  jql: project = ORD",
            "  pollInterval: 1h",
            "store:",
            "  url: " + storeUrl,
            "  outboxLease: " + outboxLease,
            "capture:",
            "  tokenSecret: 0123456789abcdef0123456789abcdef",
            "");
    Path config = dir.resolve(name + ".yml");
    try {
      Files.writeString(config, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServeProcess(config, dir.resolve(name + ".log"), port);
  }

  /** Uses {@code options} instead of the README's JVM options from the next start on. */
  public ServeProcess withJvmOptions(List<String> options) {
    this.jvmOptions = List.copyOf(options);
    return this;
  }

  /** Runs {@code java -jar jar serve} (the release jar) instead of this JVM's class path. */
  public ServeProcess withJar(Path releaseJar) {
    this.jar = Optional.of(releaseJar);
    return this;
  }

  /** Starts the child JVM (again, after a kill); does not wait for it to listen. */
  public ServeProcess start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("already running: pid " + process.pid());
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    if (jar.isPresent()) {
      command.addAll(List.of("-jar", jar.get().toString()));
    } else {
      command.addAll(
          List.of("-cp", System.getProperty("java.class.path"), "org.learningoffice.app.Main"));
    }
    command.addAll(List.of("serve", "--config", config.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // LO_ variables of the test run (LO_TEST_POSTGRES_URL, LO_JIRA_OPENAPI) would be read as
    // configuration overrides
    builder.environment().keySet().removeIf(k -> k.startsWith("LO_"));
    builder.environment().putAll(README_ENVIRONMENT);
    try {
      Files.writeString(
          log,
          "---- start " + java.time.Instant.now() + "\n",
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      startedNanos = System.nanoTime();
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Waits until {@code GET /health} answers 200; returns the time since {@link #start()}. */
  public Duration awaitHealthy(Duration atMost) {
    await("/health 200 from " + this)
        .atMost(atMost)
        .pollInterval(Duration.ofMillis(20))
        .pollInSameThread()
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new IllegalStateException(
                    "serve exited with " + process.exitValue() + "; see " + log);
              }
              return healthStatus().orElse(0) == 200;
            });
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  private Optional<Integer> healthStatus() {
    Request request = new Request.Builder().url(base().resolve("/health").toString()).build();
    try (Response response = http.newCall(request).execute()) {
      return Optional.of(response.code());
    } catch (IOException notYet) {
      return Optional.empty();
    }
  }

  /**
   * Delivers one webhook as Jira does.
   *
   * @return the HTTP status, or empty when no answer came (refused, reset: the process died)
   */
  public Optional<Integer> deliver(ClosedOrderWebhooks.Delivery delivery) {
    Request request =
        new Request.Builder()
            .url(base().resolve("/hooks/jira").toString())
            .header("X-Hub-Signature", delivery.signature())
            .header("X-Atlassian-Webhook-Identifier", delivery.identifier())
            .post(RequestBody.create(delivery.body(), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      response.body().bytes();
      return Optional.of(response.code());
    } catch (IOException noAnswer) {
      return Optional.empty();
    }
  }

  /** SIGKILL without waiting for the exit: for killing from inside a burst of deliveries. */
  public void killNow() {
    process.destroyForcibly();
  }

  /** SIGKILL: the process dies at once, in whatever it was doing. */
  public void kill() {
    process.destroyForcibly();
    waitForExit(Duration.ofSeconds(30));
  }

  /** SIGTERM; returns how long the process took to exit (at most {@code atMost}, then killed). */
  public Duration stop(Duration atMost) {
    long sent = System.nanoTime();
    process.destroy();
    boolean exited = waitForExit(atMost);
    Duration took = Duration.ofNanos(System.nanoTime() - sent);
    if (!exited) {
      kill();
    }
    return took;
  }

  private boolean waitForExit(Duration atMost) {
    try {
      return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + this, e);
    }
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /** The child's resident set size in KiB ({@code VmRSS} of {@code /proc/<pid>/status}). */
  public long residentKib() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no VmRSS for pid " + pid());
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public Path log() {
    return log;
  }

  /** The configuration file it runs with. */
  public Path config() {
    return config;
  }

  @Override
  public void close() {
    if (isAlive()) {
      kill();
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Override
  public String toString() {
    return "serve on port " + port + " (log " + log + ")";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
