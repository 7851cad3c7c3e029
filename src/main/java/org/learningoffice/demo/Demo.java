package org.learningoffice.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.learningoffice.app.Application;
import org.learningoffice.classify.ClassifierTraining;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.digest.DigestFiles;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.sandbox.SandboxJira;
import org.learningoffice.sandbox.SandboxOrder;
import org.learningoffice.sandbox.SandboxWebhooks;

/**
 * The whole loop on embedded defaults: a sandbox Jira, the real service on H2 in a temporary
 * folder, orders that close by signed webhooks. Each step waits until the service has done its part
 * and says so; {@link #close()} stops everything and removes the temporary data.
 */
public final class Demo implements AutoCloseable {
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
  private static final String CAPTURE_PROPERTY = "learning-office";

  private final List<SandboxOrder> seed;
  private final SandboxJira sandbox;
  private final DemoSetup setup;
  private final Application application;
  private final SandboxWebhooks webhooks;
  private final Clock clock;

  private Demo(
      List<SandboxOrder> seed,
      SandboxJira sandbox,
      DemoSetup setup,
      Application application,
      SandboxWebhooks webhooks,
      Clock clock) {
    this.seed = seed;
    this.sandbox = sandbox;
    this.setup = setup;
    this.application = application;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  /** Starts the sandbox Jira and the service ({@code port} 0: any free port). */
  public static Demo start(int port, ObjectMapper json, Clock clock) {
    return start(port, json, clock, UnaryOperator.identity());
  }

  /**
   * As {@link #start(int, ObjectMapper, Clock)}, with the service reaching the sandbox at the
   * address {@code route} gives for the sandbox's own (a checking proxy in tests).
   */
  public static Demo start(int port, ObjectMapper json, Clock clock, UnaryOperator<URI> route) {
    SecureRandom random = new SecureRandom();
    Path dataDir = temporaryFolder();
    List<SandboxOrder> seed = SandboxOrder.bundled(json);
    Secret apiToken = DemoSetup.sandboxToken(random);
    SandboxJira sandbox = new SandboxJira(json, clock, seed, DemoSetup.EMAIL, apiToken).start(0);
    Application application = null;
    try {
      DemoSetup setup =
          DemoSetup.create(port, dataDir, route.apply(sandbox.baseUrl()), apiToken, random);
      application = Application.create(setup.config(), clock).start();
      SandboxWebhooks webhooks =
          new SandboxWebhooks(
              json, setup.serviceUrl().resolve("/hooks/jira"), setup.webhookSecret());
      return new Demo(seed, sandbox, setup, application, webhooks, clock);
    } catch (RuntimeException e) {
      if (application != null) {
        application.close();
      }
      sandbox.close();
      delete(dataDir);
      throw e;
    }
  }

  public URI serviceUrl() {
    return setup.serviceUrl();
  }

  public URI sandboxUrl() {
    return sandbox.baseUrl();
  }

  /** Where a lead logs in to the learning office dashboard ({@code /office}). */
  public URI officeLogin() {
    return setup.serviceUrl().resolve("/office/login");
  }

  /** The office access token of this run: it opens {@code /office} (login form or bearer). */
  public Secret officeToken() {
    return setup.officeToken();
  }

  public Path dataDir() {
    return setup.dataDir();
  }

  public SandboxJira sandbox() {
    return sandbox;
  }

  public Application application() {
    return application;
  }

  public List<SandboxOrder> orders() {
    return seed;
  }

  /**
   * Jira announces every order ticket ({@code jira:issue_created}), then closes the ones the seed
   * marks ({@code jira:issue_updated} with a status change to Done), each as a signed webhook.
   * Returns the keys that closed.
   */
  public List<String> createAndCloseOrders() {
    for (SandboxOrder order : seed) {
      deliver(sandbox.createdEvent(order.key()).orElseThrow());
    }
    List<String> closed = new ArrayList<>();
    for (SandboxOrder order : seed) {
      if (order.closes()) {
        deliver(sandbox.close(order.key()).orElseThrow());
        closed.add(order.key());
      }
    }
    return closed;
  }

  /** Waits until the service has recorded every order, and each closed one as closed. */
  public List<StoredOrder> awaitOrdersRecorded(List<String> closedKeys) {
    OrderRepository orders = application.get(OrderRepository.class);
    await(
        "the service to record " + seed.size() + " orders from the webhooks",
        () ->
            seed.stream()
                .allMatch(
                    order ->
                        orders
                            .findByIssueKey(order.key())
                            .map(
                                stored ->
                                    !closedKeys.contains(order.key())
                                        || stored.state().closedAt() != null)
                            .orElse(false)));
    return seed.stream().map(order -> orders.findByIssueKey(order.key()).orElseThrow()).toList();
  }

  /** Waits until the service has attached a capture form to every closed order; their URLs. */
  public Map<String, URI> awaitFormsAttached(List<String> closedKeys) {
    await(
        "the capture forms of " + closedKeys.size() + " closed orders",
        () ->
            closedKeys.stream()
                .allMatch(
                    key ->
                        sandbox.formUrl(key).isPresent()
                            && sandbox.commentCount(key) > 0
                            && sandbox.property(key, CAPTURE_PROPERTY).isPresent()));
    Map<String, URI> forms = new LinkedHashMap<>();
    closedKeys.forEach(key -> forms.put(key, URI.create(sandbox.formUrl(key).orElseThrow())));
    return forms;
  }

  /**
   * Writes each sample lesson into its order's form over HTTP, as a person in a browser would;
   * returns them with the answer the form gave.
   */
  public List<SubmittedLesson> submitSampleLessons(Map<String, URI> forms, ObjectMapper json) {
    // the form answers from the rules until the model is trained; wait, so every run agrees
    await("the classifier to finish training", application.get(ClassifierTraining.class)::isReady);
    FormClient client = new FormClient();
    List<SubmittedLesson> submitted = new ArrayList<>();
    for (SampleLesson lesson : SampleLesson.bundled(json)) {
      URI form = forms.get(lesson.order());
      if (form == null) {
        throw new IllegalStateException(
            "sample lesson for " + lesson.order() + ", which has no form");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("title", lesson.title());
      fields.put("text", lesson.text());
      fields.put("stage", lesson.stage());
      fields.put("action", lesson.action());
      fields.put("author", lesson.author());
      FormClient.Answer answer = client.submit(form, fields);
      if (answer.status() != 200 || !answer.body().contains("id=\"confirmation\"")) {
        throw new IllegalStateException(
            "the form of " + lesson.order() + " refused a sample lesson: HTTP " + answer.status());
      }
      submitted.add(new SubmittedLesson(lesson, form));
    }
    return submitted;
  }

  /** Waits until the lessons are written back: each order's form link shows them as in. */
  public void awaitWrittenBack(List<SubmittedLesson> lessons) {
    List<String> keys = lessons.stream().map(l -> l.lesson().order()).distinct().toList();
    await(
        "the write-back of lessons to " + keys.size() + " orders",
        () -> keys.stream().allMatch(sandbox::formLinkResolved));
  }

  /**
   * Writes the digest of the current ISO week (in {@code digest.zone}), the week of the demo's
   * lessons, into {@code dir}; returns the files.
   */
  public List<Path> writeDigest(Path dir) {
    ZoneId zone = application.get(DigestConfig.class).zone();
    IsoWeek week = IsoWeek.of(LocalDate.ofInstant(clock.instant(), zone));
    return application.get(DigestFiles.class).write(week, dir);
  }

  /**
   * The calls the sandbox answered, by method and path with issue keys and ids folded, e.g. {@code
   * POST /rest/api/3/issue/{issue}/comment}, in order of first use.
   */
  public Map<String, Long> jiraCallsByKind() {
    Map<String, Long> kinds = new LinkedHashMap<>();
    for (String call : sandbox.calls()) {
      String kind = call.replaceAll("/issue/([A-Z][A-Z0-9]*-)?\\d+", "/issue/{issue}");
      kinds.merge(kind, 1L, Long::sum);
    }
    return kinds;
  }

  /** A sample lesson and the form it went through. */
  public record SubmittedLesson(SampleLesson lesson, URI form) {}

  private void deliver(ObjectNode event) {
    int status = webhooks.deliver(event);
    if (status != 202) {
      throw new IllegalStateException(
          "the service answered "
              + status
              + " to the "
              + event.path("webhookEvent").asText()
              + " webhook of "
              + event.path("issue").path("key").asText());
    }
  }

  private void await(String what, BooleanSupplier done) {
    Instant deadline = clock.instant().plus(STEP_TIMEOUT);
    while (!done.getAsBoolean()) {
      if (clock.instant().isAfter(deadline)) {
        throw new IllegalStateException("gave up waiting for " + what + " after " + STEP_TIMEOUT);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }

  /** Stops the service and the sandbox and removes the temporary data; safe to call again. */
  @Override
  public void close() {
    try {
      application.close();
    } finally {
      sandbox.close();
      delete(setup.dataDir());
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("learning-office-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder for the demo", e);
    }
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return; // closed before
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the demo's temporary folder " + dir, e);
    }
  }
}
