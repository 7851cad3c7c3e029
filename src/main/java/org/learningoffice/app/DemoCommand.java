package org.learningoffice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.learningoffice.demo.Demo;
import org.learningoffice.order.StoredOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: the whole loop on embedded defaults against a sandbox Jira. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole loop on embedded defaults, with no Jira and no database server: a sandbox"
          + " Jira on a local port seeded with a dozen orders, the real service on H2 in a"
          + " temporary folder. Orders close by signed webhooks and the service records them;"
          + " prints what happened and each URL."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port of the service (default: any free port).",
      defaultValue = "0")
  int port;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for the demo's output (default: ${DEFAULT-VALUE}).",
      defaultValue = "demo-out")
  Path out;

  @Option(
      names = "--keep-running",
      description =
          "Keep the sandbox and the service running until Ctrl-C, to open forms in a browser.")
  boolean keepRunning;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Clock clock = Clock.systemUTC();
    ObjectMapper json = new ObjectMapper();
    Demo demo = Demo.start(port, json, clock);
    try {
      out.printf("Learning Office demo%n");
      out.printf(
          "  sandbox Jira  %s (%d order tickets)%n", demo.sandboxUrl(), demo.orders().size());
      out.printf("  service       %s (H2 in %s)%n", demo.serviceUrl(), demo.dataDir());
      out.flush();

      List<String> closed = demo.createAndCloseOrders();
      out.printf(
          "%nJira sent %d signed webhooks: %d orders created, %d closed.%n",
          demo.orders().size() + closed.size(), demo.orders().size(), closed.size());
      List<StoredOrder> orders = demo.awaitOrdersRecorded(closed);
      out.printf("%nOrders as the service recorded them:%n");
      for (StoredOrder order : orders) {
        out.printf(
            "  %-8s %-3s %-9s %-6s %s — %s%n",
            order.issueKey(),
            order.strategy(),
            order.priorityClass(),
            order.state().status(),
            order.customerIfSet().orElse("-"),
            order.summary());
      }
      out.flush();
      if (keepRunning) {
        out.printf("%nRunning until Ctrl-C: %s/health%n", demo.serviceUrl());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "demo-shutdown"));
        stopped.await();
      }
      return 0;
    } finally {
      demo.close();
    }
  }
}
