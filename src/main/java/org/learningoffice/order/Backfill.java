package org.learningoffice.order;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.learningoffice.config.OrdersConfig;
import org.learningoffice.jira.Issue;
import org.learningoffice.store.Checkpoints;

/**
 * Finds orders closed since a date and feeds them through the inbox to the order handler, like the
 * poller does, draining the inbox every {@value #DRAIN_EVERY} orders fed and at the end, so that
 * orders are applied (and their forms queued) while the search goes on. Resumable: a checkpoint per
 * start date holds the creation time of the last ticket fed (results come in creation order, which
 * an edit during the run does not change), and a run that finds it starts there instead of at the
 * beginning.
 */
public final class Backfill {
  /**
   * How far before the checkpoint a resumed search starts: JQL reads dates in the account's zone.
   */
  private static final Duration ZONE_MARGIN = Duration.ofDays(1);

  /**
   * What the checkpoint's value starts with: a creation time. A checkpoint without it is an earlier
   * release's (an {@code updated} time, from when results came in order of change), which says
   * nothing of where to resume: that run starts again at the beginning, feeding nothing twice.
   */
  private static final String CREATED = "created ";

  /** How many orders are fed to the inbox between two drains. */
  static final int DRAIN_EVERY = 100;

  /** Where a run stands. */
  public record Progress(long processed, long total, long stored, long applied, Duration elapsed) {
    /** Tickets per second so far. */
    public double rate() {
      double seconds = elapsed.toMillis() / 1000.0;
      return seconds <= 0 ? 0 : processed / seconds;
    }
  }

  /**
   * What a run did: of the orders {@code found}, {@code stored} were new to the inbox, {@code
   * alreadyInInbox} were fed again but the inbox already held them, and {@code skipped} were before
   * the checkpoint an earlier run left, so not fed again; {@code afterEarlierRun} says a checkpoint
   * was there (the earlier run may have finished or stopped).
   */
  public record Result(
      long found,
      long stored,
      long alreadyInInbox,
      long skipped,
      int handled,
      boolean afterEarlierRun) {}

  private final OrderSearch search;
  private final IssueFeed feed;
  private final Checkpoints checkpoints;
  private final InboxWorker worker;
  private final OrdersConfig orders;
  private final Clock clock;
  private final int drainEvery;

  @Inject
  public Backfill(
      OrderSearch search,
      IssueFeed feed,
      Checkpoints checkpoints,
      InboxWorker worker,
      OrdersConfig orders,
      Clock clock) {
    this(search, feed, checkpoints, worker, orders, clock, DRAIN_EVERY);
  }

  Backfill(
      OrderSearch search,
      IssueFeed feed,
      Checkpoints checkpoints,
      InboxWorker worker,
      OrdersConfig orders,
      Clock clock,
      int drainEvery) {
    if (drainEvery < 1) {
      throw new IllegalArgumentException("drainEvery must be positive: " + drainEvery);
    }
    this.drainEvery = drainEvery;
    this.search = search;
    this.feed = feed;
    this.checkpoints = checkpoints;
    this.worker = worker;
    this.orders = orders;
    this.clock = clock;
  }

  /** The checkpoint of a backfill from {@code since}. */
  public static String checkpointName(LocalDate since) {
    return "backfill:" + since;
  }

  /** The JQL that finds the orders closed since {@code since}, in the order they were created. */
  public static String jql(OrdersConfig orders, LocalDate since) {
    return jql(orders, since, Optional.empty());
  }

  private static String jql(OrdersConfig orders, LocalDate since, Optional<LocalDate> createdFrom) {
    return new OrderJql(orders.jql())
        .closedUpdatedSince(since, orders.closedStatuses(), createdFrom);
  }

  /** Updated time of an issue found by search (what the handler takes as the event time). */
  public static Instant updated(Issue issue) {
    return PolledIssue.updated(issue);
  }

  /**
   * Feeds every order closed since {@code since}, resuming after the last one a previous run fed,
   * and drains the inbox. Jira failures propagate after what was fed is drained and checkpointed.
   */
  public Result run(LocalDate since, Consumer<Progress> progress) {
    String name = checkpointName(since);
    Optional<Instant> resumeAfter =
        checkpoints
            .get(name)
            .filter(value -> value.startsWith(CREATED))
            .map(value -> Instant.parse(value.substring(CREATED.length())));
    String query =
        jql(
            orders,
            since,
            resumeAfter.map(at -> at.minus(ZONE_MARGIN).atOffset(ZoneOffset.UTC).toLocalDate()));
    long total = search.count(query);
    Instant start = clock.instant();
    long processed = 0;
    long stored = 0;
    long skipped = 0;
    long alreadyInInbox = 0;
    long fedSinceDrain = 0;
    int handled = 0;
    try {
      for (Issue issue : (Iterable<Issue>) search.issues(query)::iterator) {
        Instant created = issue.created();
        if (resumeAfter.isPresent() && created.isBefore(resumeAfter.get())) {
          skipped++; // fed by the run that left the checkpoint
        } else {
          if (feed.store(issue, Inbox.Source.BACKFILL, Optional.empty())
              == Inbox.Acceptance.ACCEPTED) {
            stored++;
            fedSinceDrain++;
          } else {
            alreadyInInbox++;
          }
          checkpoints.put(name, CREATED + created);
          if (fedSinceDrain >= drainEvery) {
            handled += drain();
            fedSinceDrain = 0;
          }
        }
        processed++;
        progress.accept(
            new Progress(
                processed,
                Math.max(total, processed),
                stored,
                handled,
                Duration.between(start, clock.instant())));
      }
    } finally {
      handled += drain(); // what was fed before a failure is applied too
    }
    return new Result(processed, stored, alreadyInInbox, skipped, handled, resumeAfter.isPresent());
  }

  /** Processes what is in the inbox; returns how many events were handled. */
  public int drain() {
    int handled = 0;
    for (int batch = worker.drain(); batch > 0; batch = worker.drain()) {
      handled += batch;
    }
    return handled;
  }
}
