package org.learningoffice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.learningoffice.config.AppConfig;
import org.learningoffice.demo.Demo;
import org.learningoffice.demo.RunningService;
import org.learningoffice.lesson.Lesson;
import org.learningoffice.lesson.LessonRepository;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.web.HomeLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code demo}: the whole loop on embedded defaults against a sandbox Jira. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole loop on embedded defaults, with no Jira and no database server: a sandbox"
          + " Jira on a local port seeded with a dozen orders, the real service on H2 in a"
          + " temporary folder. Orders close by signed webhooks, capture forms attach, sample"
          + " lessons are written through the real forms and go back to Jira, and the week's"
          + " digest is written to --out; prints what happened and each URL."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port of the service, 1..65535 (default: 0, any free port).",
      defaultValue = "0")
  int port;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the week's digest files (default: ${DEFAULT-VALUE}).",
      defaultValue = "demo-out")
  Path out;

  @Option(
      names = "--keep-running",
      description =
          "Keep the sandbox and the service running until Ctrl-C, to open forms in a browser.")
  boolean keepRunning;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Keep the store in DIR (a new or empty folder) after the run, with a config file for"
              + " export and digest --dry-run (default: a temporary folder, removed).")
  Path data;

  @Option(names = "--verbose", description = "Log the service's progress (INFO) on stderr.")
  boolean verbose;

  @Spec CommandSpec spec;

  /** Counted down to end a {@code --keep-running} demo without Ctrl-C (tests). */
  private final CountDownLatch stopped = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(),
          "--port: '" + port + "' is not a port; give 1..65535, or 0 for any free port");
    }
    if (Files.exists(this.out) && !Files.isDirectory(this.out)) {
      throw new ParameterException(
          spec.commandLine(), "--out: '" + this.out + "' is a file, not a folder");
    }
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    ObjectMapper json = new ObjectMapper();
    if (!verbose) {
      DemoLogging.warningsOnly();
    }
    Demo demo =
        Demo.start(
            DemoCommand::startService,
            port,
            Optional.ofNullable(data),
            json,
            clock,
            UnaryOperator.identity());
    try {
      out.printf("Learning Office demo%n");
      out.printf(
          "  sandbox Jira  %s (%d order tickets)%n", demo.sandboxUrl(), demo.orders().size());
      out.printf("  service       %s (H2 in %s)%n", demo.serviceUrl(), demo.dataDir());
      out.flush();

      List<String> closed = demo.createAndCloseOrders();
      out.printf(
          "%n1. Jira sent %d signed webhooks: %d orders created, %d of them closed.%n",
          demo.orders().size() + closed.size(), demo.orders().size(), closed.size());
      List<StoredOrder> orders = demo.awaitOrdersRecorded(closed);
      out.printf("%n2. The service recorded the orders (strategy, priority class, status):%n");
      for (StoredOrder order : orders) {
        out.printf(
            "   %-8s %-3s %-9s %-6s %s — %s%n",
            order.issueKey(),
            order.strategy(),
            order.priorityClass(),
            order.state().status(),
            order.customerIfSet().orElse("-"),
            order.summary());
      }
      out.flush();

      Map<String, URI> forms = demo.awaitFormsAttached(closed);
      out.printf(
          "%n3. Capture forms attached to the %d closed orders (remote link, comment, property):%n",
          forms.size());
      forms.forEach((key, url) -> out.printf("   %-8s %s%n", key, url));
      out.flush();

      List<Demo.SubmittedLesson> lessons = demo.submitSampleLessons(forms, json);
      demo.awaitWrittenBack(lessons);
      out.printf(
          "%n4. %d sample lessons written through the forms and written back to Jira"
              + " (unit, type, direction; who chose the unit):%n",
          lessons.size());
      LessonRepository stored = demo.service().get(LessonRepository.class);
      for (StoredOrder order : orders) {
        for (Lesson lesson : stored.ofOrder(order.id())) {
          out.printf(
              "   %-8s %-12s %-12s %-4s %-10s %s (%s)%n",
              order.issueKey(),
              lesson.unit().value(),
              lesson.type().value(),
              lesson.direction().value(),
              lesson.unit().setBy(),
              lesson.title(),
              lesson.author());
        }
      }
      out.flush();

      List<Demo.ActionIssue> actionIssues = demo.awaitActionIssues(lessons);
      out.printf(
          "%n   %d proposed action(s) became Jira issues, each linked to its order:%n",
          actionIssues.size());
      for (Demo.ActionIssue issue : actionIssues) {
        out.printf(
            "   %-8s for %-8s %s (%s)%n",
            issue.key(), issue.order(), issue.summary(), issue.orderPage());
      }
      out.flush();

      Demo.FedForward fed = demo.createNewOrderAndAwaitLessons();
      out.printf(
          "%n5. A new order was created: %s received %d lesson(s) from earlier orders: open %s%n",
          fed.key(), fed.lessons(), fed.page());
      out.flush();

      out.printf("%n6. Jira calls the service made, by kind:%n");
      demo.jiraCallsByKind().forEach((kind, count) -> out.printf("   %4d  %s%n", count, kind));
      out.flush();

      List<Path> digest = demo.writeDigest(this.out);
      out.printf("%n7. The learning-office digest of this week:%n");
      digest.forEach(file -> out.printf("   %s%n", file.toAbsolutePath()));
      out.flush();
      new DemoEnding(out, demo, digest, keepRunning).print();
      out.flush();
      if (keepRunning) {
        // on Ctrl-C the JVM runs its shutdown hooks and halts: the hook is what cleans up
        Thread hook = new Thread(demo::close, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        Runtime.getRuntime().removeShutdownHook(hook);
      }
      return 0;
    } finally {
      demo.close();
    }
  }

  /** Ends a {@code --keep-running} demo as Ctrl-C would. */
  void stop() {
    stopped.countDown();
  }

  /**
   * The real service the demo drives: the whole application, started on the demo's config, its home
   * page listing the sandbox's tickets.
   */
  static RunningService startService(AppConfig config, Clock clock, Map<String, URI> tickets) {
    return Application.create(
            config,
            clock,
            binder ->
                binder.bind(HomeLinks.class).toInstance(new HomeLinks("Sandbox Jira", tickets)))
        .start();
  }
}
