package org.learningoffice.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.learningoffice.jira.Issue;
import org.learningoffice.jira.JiraException;
import org.learningoffice.jira.JiraUnavailableException;
import org.learningoffice.lifecycle.Repeating;
import org.learningoffice.store.Checkpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds order changes that webhooks did not bring: every {@code orders.pollInterval} it searches
 * {@code orders.jql} for tickets updated since the last successful round (minus an overlap window,
 * for clock skew and Jira's indexing delay) and stores each in the inbox as a polled event, which
 * the order handler applies like a webhook. A round that fails leaves the checkpoint where it was,
 * so the next round covers the same time again; what it stored already comes back as duplicates.
 * Each polled event carries where the first round's search began ({@link #WATCHED_SINCE}), so that
 * an order met closed before then gets no form.
 */
public final class OrderPoller {
  /** The checkpoint holding when the last successful round started (an ISO instant). */
  public static final String CHECKPOINT = "orders-poll";

  /**
   * The checkpoint holding where the first round's search began (an ISO instant): the poller has
   * searched every change since, round after round, so an order closed since then that a round
   * meets for the first time was missed (edited while an earlier round read its pages), not closed
   * before the service watched.
   */
  public static final String WATCHED_SINCE = "orders-poll-watched-since";

  /** How far each round reaches back before the checkpoint. */
  static final Duration OVERLAP = Duration.ofMinutes(10);

  /** How far the very first round reaches back; older closes are {@code backfill}'s job. */
  static final Duration FIRST_LOOKBACK = Duration.ofDays(1);

  private static final Logger log = LoggerFactory.getLogger(OrderPoller.class);
  private static final Duration MAX_FIRST_DELAY = Duration.ofSeconds(30);

  /** What one round did. */
  public record Round(int found, int stored) {}

  private final OrderSearch search;
  private final IssueFeed feed;
  private final Checkpoints checkpoints;
  private final OrderJql jql;
  private final Clock clock;
  private final Duration interval;

  public OrderPoller(
      OrderSearch search,
      IssueFeed feed,
      Checkpoints checkpoints,
      String ordersJql,
      Clock clock,
      Duration interval) {
    this.search = search;
    this.feed = feed;
    this.checkpoints = checkpoints;
    this.jql = new OrderJql(ordersJql);
    this.clock = clock;
    this.interval = interval;
  }

  /**
   * Runs one round: searches, stores what it finds, and advances the checkpoint only when the
   * search went through to its last page.
   *
   * @throws JiraException when Jira refuses the search (a bad {@code orders.jql}, say)
   * @throws JiraUnavailableException when Jira cannot be reached or keeps answering 429/5xx
   */
  public synchronized Round poll() {
    Instant started = clock.instant();
    Instant since =
        checkpoints.get(CHECKPOINT).map(Instant::parse).orElse(started.minus(FIRST_LOOKBACK));
    Instant from = since.minus(OVERLAP);
    String recent = jql.updatedWithin(Duration.between(from, started));
    Optional<Instant> watchedSince = checkpoints.get(WATCHED_SINCE).map(Instant::parse);
    if (watchedSince.isEmpty()) {
      checkpoints.put(WATCHED_SINCE, from.toString());
    }
    Optional<Instant> searchedSince = Optional.of(watchedSince.orElse(from));
    int found = 0;
    int stored = 0;
    for (Issue issue : (Iterable<Issue>) search.issues(recent)::iterator) {
      found++;
      if (feed.store(issue, Inbox.Source.POLL, searchedSince) == Inbox.Acceptance.ACCEPTED) {
        stored++;
      }
    }
    checkpoints.put(CHECKPOINT, started.toString());
    return new Round(found, stored);
  }

  /**
   * Whether a round that started at or after {@code at} went through to its last page: every change
   * Jira made before {@code at} has been searched for (and stored in the inbox).
   */
  public boolean searchedPast(Instant at) {
    return checkpoints.get(CHECKPOINT).map(Instant::parse).filter(c -> !c.isBefore(at)).isPresent();
  }

  /**
   * Polling every {@code interval}, the first round soon after start-up to catch up on what
   * happened while the service was down; stopping interrupts a round that waits to retry Jira (the
   * checkpoint stays put).
   */
  public Repeating loop() {
    return new Repeating(
        "order-poller",
        interval.compareTo(MAX_FIRST_DELAY) < 0 ? interval : MAX_FIRST_DELAY,
        interval,
        Duration.ofSeconds(10),
        true,
        this::pollLogged);
  }

  /** One round, its outcome logged; a round the stopping service interrupts is no failure. */
  void pollLogged() {
    try {
      Round round = poll();
      if (round.stored() > 0) {
        log.info(
            "Poll found {} order(s), {} changed since last seen", round.found(), round.stored());
      }
    } catch (JiraException | JiraUnavailableException e) {
      if (Thread.currentThread().isInterrupted()) {
        log.debug("Poll stopped with the service; the next start searches the same time span");
        return;
      }
      log.warn("Poll failed, will search the same time span next round: {}", e.getMessage());
    } catch (RuntimeException e) {
      log.warn("Poll failed, will try again next round: {}", e.getMessage());
    }
  }
}
