package org.learningoffice.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.learningoffice.app.Application;
import org.learningoffice.capture.FormTokenSigner;
import org.learningoffice.classify.ClassifierTraining;
import org.learningoffice.classify.LabelledLesson;
import org.learningoffice.classify.LabelledLessonReader;
import org.learningoffice.config.AppConfig;
import org.learningoffice.config.ConfigLoader;
import org.learningoffice.store.Database;
import org.learningoffice.testing.TestDatabase;
import org.learningoffice.web.WebServer;
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
 * A live form suggestion answered by the running service (issue 13: p99 < 50 ms): {@code POST
 * /capture/{token}/suggest} over HTTP, next to {@code GET /health} of the same server in the same
 * run as the baseline (HTTP, routing, JSON and a few store queries). The application runs in this
 * JVM with its real wiring, HTTP server and background training; suggestions come from the learned
 * model (the benchmark waits until it is ready and fails on a rules-only answer). Each suggestion
 * also runs the recurrence check against every lesson of the look-back window (kept in memory
 * between checks, {@code RecurrenceWindow}; the first check reads the whole window), so {@code
 * lessonsInWindow} lessons are seeded there ({@link LessonWindow}). The 64 requests in turn are
 * bundled lessons, so each finds copies of itself in the window. PostgreSQL in a fresh schema when
 * {@code LO_TEST_POSTGRES_URL} is set, else an H2 file. SampleTime mode, for the p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class SuggestLatencyBenchmark {
  static final int REQUESTS = 64;
  private static final Duration READY_WITHIN = Duration.ofMinutes(5);
  private static final MediaType JSON_TYPE = MediaType.get("application/json");

  @Param({"1000", "10000"})
  public int lessonsInWindow;

  private final ObjectMapper json = new ObjectMapper();
  private final List<Request> suggestions = new ArrayList<>();
  private ScratchSchema schema;
  private Path h2Folder;
  private Database database;
  private ClassifierTraining training;
  private WebServer server;
  private OkHttpClient http;
  private Request health;
  private int next;

  @Setup(Level.Trial)
  public void start() throws IOException, SQLException, InterruptedException {
    try {
      database = openStore();
      List<LabelledLesson> bundled = new LabelledLessonReader(json).bundled();
      String issueId = new LessonWindow(database, bundled).seed(lessonsInWindow, Instant.now());
      Application app =
          Application.create(
              config(),
              Clock.systemUTC(),
              binder -> binder.bind(Database.class).toInstance(database));
      training = app.get(ClassifierTraining.class);
      training.start();
      server = app.get(WebServer.class);
      server.start();
      awaitModel();
      String base = "http://127.0.0.1:" + server.port();
      String token = app.get(FormTokenSigner.class).sign(issueId);
      for (int i = 0; i < REQUESTS; i++) {
        suggestions.add(suggestRequest(base + "/capture/" + token + "/suggest", bundled, i));
      }
      health = new Request.Builder().url(base + "/health").build();
      http = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(1)).build();
    } catch (IOException | SQLException | InterruptedException | RuntimeException e) {
      stop();
      throw e;
    }
  }

  private Database openStore() throws IOException, SQLException {
    String base = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
    if (base != null && !base.isBlank()) {
      schema = ScratchSchema.create(base);
      return Database.open(TestDatabase.config(schema.url())); // migrates
    }
    h2Folder = Files.createTempDirectory("lo-suggest-bench");
    return Database.open(
        TestDatabase.config("jdbc:h2:file:" + h2Folder.resolve("learning-office")));
  }

  private static AppConfig config() {
    String yaml =
        """
        server:
          port: 0
        jira:
          baseUrl: https://bench.invalid
          email: bench@example.com
          apiToken: unused
          webhookSecret: bench-webhook-secret
        orders:
          jql: project = ORD
        capture:
          tokenSecret: 0123456789abcdef0123456789abcdef
        """;
    return new ConfigLoader(Map.of()).loadYaml(yaml, "bench.yml");
  }

  /** Waits until the learned model serves, so no suggestion comes from the rules alone. */
  private void awaitModel() throws InterruptedException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (!training.isReady()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the classifier was not ready after " + READY_WITHIN);
      }
      Thread.sleep(100);
    }
  }

  /** Request {@code i}: one of the bundled lessons, spread over the file. */
  private Request suggestRequest(String url, List<LabelledLesson> bundled, int i)
      throws IOException {
    LabelledLesson lesson = bundled.get(i * bundled.size() / REQUESTS);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("title", lesson.input().title());
    body.put("text", lesson.input().text());
    body.put("stage", lesson.input().stage().map(Enum::name).orElse(""));
    return new Request.Builder()
        .url(url)
        .post(RequestBody.create(json.writeValueAsBytes(body), JSON_TYPE))
        .build();
  }

  @TearDown(Level.Trial)
  public void stop() throws IOException, SQLException {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (server != null) {
      server.stop();
    }
    if (training != null) {
      training.stop();
    }
    if (database != null) {
      database.close();
    }
    if (schema != null) {
      schema.close();
    }
    if (h2Folder != null) {
      try (Stream<Path> files = Files.walk(h2Folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }

  @Benchmark
  public int suggest() throws IOException {
    Request request = suggestions.get(next);
    next = (next + 1) % suggestions.size();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IllegalStateException("suggest answered " + response.code());
      }
      JsonNode rulesOnly = json.readTree(body).path("rulesOnly");
      if (!rulesOnly.isBoolean() || rulesOnly.booleanValue()) {
        throw new IllegalStateException("suggest answered from the rules, not the learned model");
      }
      return body.length();
    }
  }

  /** The baseline: the same server's health, which queries the store as well. */
  @Benchmark
  public int health() throws IOException {
    try (Response response = http.newCall(health).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IllegalStateException("health answered " + response.code());
      }
      return body.length();
    }
  }
}
