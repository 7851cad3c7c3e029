package org.learningoffice.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.learningoffice.demo.Demo;

/**
 * The demo's last words: what to open now (the digest file; with {@code --keep-running} the home
 * page, the dashboard, health and a ticket as Jira shows it), that {@code --keep-running} keeps the
 * pages up, and, for a store kept with {@code --data}, the exact commands that read it.
 */
record DemoEnding(PrintWriter out, Demo demo, List<Path> digest, boolean keepRunning) {

  void print() {
    out.printf("%nWhat to open:%n");
    digest.stream()
        .filter(file -> file.getFileName().toString().endsWith(".html"))
        .findFirst()
        .ifPresent(file -> out.printf("  digest (e-mail)  %s%n", file.toAbsolutePath()));
    String firstTicket = demo.orders().get(0).key();
    if (keepRunning) {
      out.printf(
          "  home page        %s  (links to all of the below)%n", demo.serviceUrl().resolve("/"));
      out.printf(
          "  dashboard        %s  (office access token of this run: %s)%n",
          demo.officeLogin(), demo.officeToken().reveal());
      out.printf("  health           %s%n", demo.serviceUrl().resolve("/health"));
      out.printf(
          "  a Jira ticket    %s  (the form link, comments and property written to it)%n",
          demo.sandbox().ticketPage(firstTicket));
      out.printf("  all tickets      %s%n", demo.sandbox().ticketPage(""));
      out.printf("These pages stay up until Ctrl-C.%n");
    } else {
      out.printf(
          "The service and the sandbox Jira stopped with this command: run demo --keep-running"
              + " to keep the forms, the dashboard and the tickets up in a browser.%n");
    }
    Optional<Path> config = demo.storeConfig();
    config.ifPresent(
        file -> {
          out.printf(
              "%nThe store is kept in %s. Read it%s with:%n",
              demo.dataDir(), keepRunning ? " once the demo is stopped (it holds the file)" : "");
          out.printf("  java -jar learning-office.jar export --format csv --config %s%n", file);
          out.printf(
              "  java -jar learning-office.jar digest --dry-run --week %s --config %s%n",
              demo.digestWeek(), file);
        });
  }
}
