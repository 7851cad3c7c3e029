package org.learningoffice.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.learningoffice.config.AppConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.order.Backfill;
import org.learningoffice.order.OrderSearch;
import org.learningoffice.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backfill}: feeds orders closed since a date through the same path as the poller. */
@Command(
    name = "backfill",
    mixinStandardHelpOptions = true,
    description = {
      "Finds orders closed since DATE (orders.jql, Done status category or"
          + " orders.closedStatuses) and feeds them to the order handler: forms are queued for"
          + " those that have none. Shows progress on stderr. Resumable: after a failure, run the"
          + " same command again and it continues where it stopped. Safe to repeat."
    })
final class BackfillCommand implements Callable<Integer> {
  @Option(
      names = "--since",
      paramLabel = "DATE",
      required = true,
      description = "First day to include, e.g. 2025-01-01 (the Jira account's time zone).")
  LocalDate since;

  @Option(
      names = "--dry-run",
      description = "List the orders it would feed; store nothing, not even the schema.")
  boolean dryRun;

  @Mixin ConfigFileOption configFile;

  @Spec CommandSpec spec;

  private final Map<String, String> env;

  BackfillCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AppConfig config = configFile.load(env);
    Application application = Application.create(config, Clock.systemUTC());
    try {
      return dryRun
          ? preview(application.get(OrderSearch.class), config, out)
          : run(application, application.get(Backfill.class), out, err);
    } catch (JiraException e) {
      // a refusal (a JQL Jira does not accept, credentials) comes back on every run as it is
      err.println(
          "backfill stopped: "
              + e.getMessage().replaceAll("\\.$", "")
              + (dryRun ? "" : ". What was found so far is stored.")
              + " Jira will refuse it again: run check, which tests the sign-in, orders.jql and"
              + " orders.closedStatuses, fix what it names, then run the same command"
              + (dryRun ? "." : " to resume."));
      err.flush();
      return 1;
    } catch (JiraUnavailableException e) {
      err.println(
          "backfill stopped: "
              + e.getMessage().replaceAll("\\.$", "")
              + (dryRun
                  ? ""
                  : ". What was found so far is stored; run the same command again to resume."));
      err.flush();
      return 1;
    } finally {
      out.flush();
    }
  }

  /** Searches only: the database is not opened, so not even its schema is created. */
  private int preview(OrderSearch search, AppConfig config, PrintWriter out) {
    String jql = Backfill.jql(config.orders(), since);
    out.println("Dry run: nothing is stored. Jira search: " + jql);
    long count = 0;
    for (Issue issue : (Iterable<Issue>) search.issues(jql)::iterator) {
      count++;
      out.printf(
          "would feed %s (%s, updated %s)%n",
          issue.key(), issue.status().name(), Backfill.updated(issue));
    }
    out.printf("%d order(s) would be fed to the order handler.%n", count);
    return 0;
  }

  private int run(Application application, Backfill backfill, PrintWriter out, PrintWriter err) {
    ProgressLine progress = new ProgressLine(err);
    try (Database database = application.get(Database.class)) {
      Backfill.Result result =
          backfill.run(
              since, p -> progress.update(p.processed(), p.total(), p.rate(), p.elapsed()));
      out.printf(
          "Backfill since %s%s: %d order(s) found: %d new to the inbox, %d already in the inbox,"
              + " %d skipped (before the checkpoint of an earlier run); %d event(s) applied.%n",
          since,
          result.afterEarlierRun() ? " (after an earlier run)" : "",
          result.found(),
          result.stored(),
          result.alreadyInInbox(),
          result.skipped(),
          result.handled());
      return 0;
    } finally {
      progress.done();
    }
  }
}
