package org.learningoffice.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.learningoffice.config.DigestConfig;
import org.learningoffice.config.Secret;
import org.learningoffice.digest.DigestFiles;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.feedforward.FeedForwardStore;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.sandbox.SandboxJira;
import org.learningoffice.sandbox.SandboxOrder;
import org.learningoffice.sandbox.SandboxWebhooks;
import org.learningoffice.taxonomy.Strategy;

/**
 * The whole loop on embedded defaults: a sandbox Jira, the real service on H2 in a temporary
 * folder, orders that close by signed webhooks. Each step waits until the service has done its part
 * and says so; {@link #close()} stops everything and removes the temporary data.
 */
public final class Demo implements AutoCloseable {
  private final List<SandboxOrder> seed;
  private final SandboxJira sandbox;
  private final DemoSetup setup;
  private final DemoFolder folder;
  private final RunningService service;
  private final OrderWebhooks orderWebhooks;
  private final ServiceProgress progress;
  private final SampleLessonWriter lessonWriter;
  private final Clock clock;

  private Demo(
      List<SandboxOrder> seed,
      SandboxJira sandbox,
      DemoSetup setup,
      DemoFolder folder,
      RunningService service,
      SandboxWebhooks webhooks,
      Clock clock) {
    this.seed = seed;
    this.sandbox = sandbox;
    this.setup = setup;
    this.folder = folder;
    this.service = service;
    this.orderWebhooks = new OrderWebhooks(seed, sandbox, webhooks);
    StepWaiter waiter = new StepWaiter(clock);
    this.progress = new ServiceProgress(seed, sandbox, service, waiter);
    this.lessonWriter = new SampleLessonWriter(service, waiter);
    this.clock = clock;
  }

  /**
   * Starts the sandbox Jira and, through {@code starter}, the service ({@code port} 0: any free
   * port).
   */
  public static Demo start(ServiceStarter starter, int port, ObjectMapper json, Clock clock) {
    return start(starter, port, json, clock, UnaryOperator.identity());
  }

  /**
   * As {@link #start(ServiceStarter, int, ObjectMapper, Clock)}, with the service reaching the
   * sandbox at the address {@code route} gives for the sandbox's own (a checking proxy in tests).
   */
  public static Demo start(
      ServiceStarter starter, int port, ObjectMapper json, Clock clock, UnaryOperator<URI> route) {
    return start(starter, port, Optional.empty(), json, clock, route);
  }

  /**
   * As {@link #start(ServiceStarter, int, ObjectMapper, Clock, UnaryOperator)}, with the store in
   * {@code dataDir} (a new or empty folder), kept after the run, when one is given.
   */
  public static Demo start(
      ServiceStarter starter,
      int port,
      Optional<Path> dataDir,
      ObjectMapper json,
      Clock clock,
      UnaryOperator<URI> route) {
    SecureRandom random = new SecureRandom();
    DemoFolder folder = dataDir.map(DemoFolder::keep).orElseGet(DemoFolder::create);
    List<SandboxOrder> seed = SandboxOrder.bundled(json);
    Secret apiToken = DemoSetup.sandboxToken(random);
    SandboxJira sandbox = new SandboxJira(json, clock, seed, DemoSetup.EMAIL, apiToken).start(0);
    RunningService service = null;
    try {
      DemoSetup setup =
          DemoSetup.create(port, folder.path(), route.apply(sandbox.baseUrl()), apiToken, random);
      service = starter.start(setup.config(), clock, ticketLinks(sandbox, seed));
      SandboxWebhooks webhooks =
          new SandboxWebhooks(
              json, setup.serviceUrl().resolve("/hooks/jira"), setup.webhookSecret());
      return new Demo(seed, sandbox, setup, folder, service, webhooks, clock);
    } catch (RuntimeException e) {
      if (service != null) {
        service.close();
      }
      sandbox.close();
      folder.delete();
      throw e;
    }
  }

  /**
   * The sandbox's ticket pages, as the service's home page lists them: the seeded orders, then the
   * one the demo opens after their lessons are in.
   */
  private static Map<String, URI> ticketLinks(SandboxJira sandbox, List<SandboxOrder> seed) {
    Map<String, URI> links = new LinkedHashMap<>();
    links.put("All order tickets", sandbox.ticketPage(""));
    for (SandboxOrder order : seed) {
      links.put(order.key() + " — " + order.summary(), sandbox.ticketPage(order.key()));
    }
    links.put(
        NEW_ORDER.key() + " — " + NEW_ORDER.summary() + " (opened last: lessons fed forward)",
        sandbox.ticketPage(NEW_ORDER.key()));
    return links;
  }

  /**
   * The configuration file written next to a kept store ({@code --data DIR}): only its {@code
   * store:} section, which is all {@code export} and {@code digest --dry-run} need.
   */
  public Optional<Path> storeConfig() {
    return folder.kept() ? Optional.of(setup.writeStoreConfig()) : Optional.empty();
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

  /** The running service, to look into what it recorded. */
  public RunningService service() {
    return service;
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
    return orderWebhooks.createAndClose();
  }

  /** Waits until the service has recorded every order, and each closed one as closed. */
  public List<StoredOrder> awaitOrdersRecorded(List<String> closedKeys) {
    return progress.ordersRecorded(closedKeys);
  }

  /** Waits until the service has attached a capture form to every closed order; their URLs. */
  public Map<String, URI> awaitFormsAttached(List<String> closedKeys) {
    return progress.formsAttached(closedKeys);
  }

  /**
   * Writes each sample lesson into its order's form over HTTP, as a person in a browser would;
   * returns them with the answer the form gave.
   */
  public List<SubmittedLesson> submitSampleLessons(Map<String, URI> forms, ObjectMapper json) {
    return lessonWriter.submit(forms, json);
  }

  /**
   * Waits until the sample lessons' proposed actions have their Jira issues, each linked to its
   * order; the issues created, in order of the orders.
   */
  public List<ActionIssue> awaitActionIssues(List<SubmittedLesson> lessons) {
    return progress.actionIssues(lessons).entrySet().stream()
        .flatMap(
            e ->
                e.getValue().stream()
                    .map(
                        linked ->
                            new ActionIssue(
                                linked.key(),
                                e.getKey(),
                                linked.summary(),
                                sandbox.ticketPage(e.getKey()))))
        .toList();
  }

  /** An action's Jira issue, the order it is linked to, its summary and the order's ticket page. */
  public record ActionIssue(String key, String order, String summary, URI orderPage) {}

  /**
   * A new order ticket is created in Jira after the lessons are in ({@link #NEW_ORDER}); waits
   * until the service has fed it the lessons of earlier orders; what it received.
   */
  public FedForward createNewOrderAndAwaitLessons() {
    orderWebhooks.create(NEW_ORDER);
    FeedForwardStore.Fed fed = progress.fedForward(NEW_ORDER.key());
    return new FedForward(NEW_ORDER.key(), fed.lessons().size(), fed.relatedUrl());
  }

  /** The order ticket created after the sample lessons, to show feed forward. */
  static final SandboxOrder NEW_ORDER =
      new SandboxOrder(
          "ORD-113",
          "Control cabinet C4 with the customer's PLC brand and extra cooling fan",
          "Fjord Automation AS",
          Strategy.ATO,
          "Medium",
          "Dana Eriksson",
          "Eva Holm",
          0,
          false);

  /** What a new order received: how many lessons, and the page that shows them. */
  public record FedForward(String key, int lessons, URI page) {}

  /** Waits until the lessons are written back: each order's form link shows them as in. */
  public void awaitWrittenBack(List<SubmittedLesson> lessons) {
    progress.writtenBack(lessons);
  }

  /**
   * Writes the digest of the current ISO week (in {@code digest.zone}), the week of the demo's
   * lessons, into {@code dir}; returns the files.
   */
  public List<Path> writeDigest(Path dir) {
    return service.get(DigestFiles.class).write(digestWeek(), dir);
  }

  /** The ISO week of the demo's lessons (the current one in {@code digest.zone}). */
  public IsoWeek digestWeek() {
    ZoneId zone = service.get(DigestConfig.class).zone();
    return IsoWeek.of(LocalDate.ofInstant(clock.instant(), zone));
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

  /**
   * Stops the service and the sandbox and removes the temporary data (a {@code --data} folder
   * stays); safe to call again.
   */
  @Override
  public void close() {
    try {
      service.close();
    } finally {
      sandbox.close();
      folder.delete();
    }
  }
}
