package org.learningoffice.order;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.store.ErrorText;
import org.learningoffice.store.GroupCommit;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.store.StatusCounts;
import org.learningoffice.web.QueueTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events accepted from Jira, stored before they are acknowledged and processed after. An event is
 * stored once per dedupe key; workers on several instances share the queue by claiming rows with
 * {@code FOR UPDATE SKIP LOCKED}; an event that keeps failing is parked, never blocking the rest.
 */
public final class Inbox implements QueueTable {
  private static final Logger log = LoggerFactory.getLogger(Inbox.class);

  /** Where an event came from. */
  public enum Source {
    WEBHOOK,
    POLL,
    BACKFILL
  }

  /** What happened to an event offered to the inbox. */
  public enum Acceptance {
    ACCEPTED,
    DUPLICATE
  }

  /** An event to store. */
  public record NewEvent(
      String dedupeKey, Source source, String eventType, String issueId, String payload) {
    public NewEvent {
      Objects.requireNonNull(dedupeKey, "dedupeKey");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(eventType, "eventType");
      Objects.requireNonNull(payload, "payload");
    }
  }

  /** A stored event handed to a worker. */
  public record Event(
      long id, String dedupeKey, Source source, String eventType, String payload, int attempts) {}

  /** Turns one event into order facts, inside the transaction that marks it done. */
  @FunctionalInterface
  public interface Handler {
    void handle(Handle transaction, Event event);
  }

  /** Events offered at the same moment on PostgreSQL share one write; see {@link GroupCommit}. */
  private static final int MAX_BATCH = 64;

  /**
   * How many batches a webhook's request thread writes for others before it hands the rest over and
   * answers its own delivery, which bounds how long its own answer waits.
   */
  private static final int MAX_BATCHES_PER_LEAD = 8;

  private final Jdbi jdbi;
  private final Clock clock;
  private final RetrySchedule retries;
  private final boolean postgres;
  private final InboxInserts inserts;
  private final GroupCommit<NewEvent, Acceptance> writes;

  @Inject
  public Inbox(Database database, Clock clock, RetrySchedule retries) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.retries = retries;
    this.postgres = database.isPostgres();
    this.inserts = new InboxInserts(jdbi, clock, postgres);
    this.writes =
        new GroupCommit<>(inserts::insertAll, MAX_BATCH, MAX_BATCHES_PER_LEAD, handOver());
  }

  /** One thread, started when a lead is handed over and ended after a minute without one. */
  private static Executor handOver() {
    return new ThreadPoolExecutor(
        0,
        1,
        1,
        TimeUnit.MINUTES,
        new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "inbox-group-commit");
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Stores an event unless one with its dedupe key is already stored; the future completes once
   * that is committed. On PostgreSQL, events offered at the same moment (a burst of webhooks) are
   * written together, one statement for the lot, and a caller may write the others' events before
   * its own future completes (see {@link GroupCommit}), so PostgreSQL pays one commit for many
   * events. On H2 (one embedded process, no round trips to save) each event is its own statement,
   * written before this returns.
   */
  public CompletableFuture<Acceptance> store(NewEvent event) {
    if (postgres) {
      return writes.submit(event);
    }
    try {
      return CompletableFuture.completedFuture(inserts.insertOne(event, clock.instant()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** {@link #store}, returning once the event is committed. */
  public Acceptance accept(NewEvent event) {
    return postgres ? writes.submitAndWait(event) : inserts.insertOne(event, clock.instant());
  }

  /**
   * Claims the next ready event, hands it to the handler and marks it done in one transaction. When
   * the handler throws, its work is rolled back and the event is retried later, or parked once it
   * has failed {@link RetrySchedule#maxAttempts()} times.
   *
   * @return the id of the event processed (successfully or not), or empty when none was ready
   */
  public Optional<Long> processNext(Handler handler) {
    Instant now = clock.instant();
    AtomicReference<Event> claimed = new AtomicReference<>();
    try {
      jdbi.useTransaction(
          h ->
              claimNext(h, now)
                  .ifPresent(
                      event -> {
                        claimed.set(event);
                        handler.handle(h, event);
                        h.createUpdate(
                                "UPDATE inbox SET status = 'DONE', attempts = attempts + 1,"
                                    + " processed_at = :now, last_error = NULL WHERE id = :id")
                            .bind("now", now)
                            .bind("id", event.id())
                            .execute();
                      }));
    } catch (RuntimeException e) {
      Event event = claimed.get();
      if (event == null) {
        throw e;
      }
      recordFailure(event, e, now);
    }
    return Optional.ofNullable(claimed.get()).map(Event::id);
  }

  /** Processes ready events until none is left or {@code max} were taken. */
  public int drain(Handler handler, int max) {
    int count = 0;
    while (count < max && processNext(handler).isPresent()) {
      count++;
    }
    return count;
  }

  /** Number of events in each status, for health and metrics. */
  @Override
  public String name() {
    return "inbox";
  }

  @Override
  public Optional<Instant> oldestWaitingSince() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT MIN(received_at) FROM inbox WHERE status = 'PENDING'")
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .one()
                .map(OffsetDateTime::toInstant));
  }

  @Override
  public Map<String, Integer> countsByStatus() {
    return StatusCounts.of(jdbi, "inbox");
  }

  private Optional<Event> claimNext(Handle h, Instant now) {
    return h.createQuery(
            "SELECT id, dedupe_key, source, event_type, payload, attempts FROM inbox"
                + " WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
        .bind("now", now)
        .map(
            (rs, ctx) ->
                new Event(
                    rs.getLong("id"),
                    rs.getString("dedupe_key"),
                    Source.valueOf(rs.getString("source")),
                    rs.getString("event_type"),
                    rs.getString("payload"),
                    rs.getInt("attempts")))
        .findOne();
  }

  /**
   * Moves a failed event on: back to the queue after its backoff, or parked after its attempts. If
   * the error's text cannot be stored, its class is stored instead, so that no event stays at the
   * head of the queue because its failure could not be written down.
   */
  private void recordFailure(Event event, RuntimeException error, Instant now) {
    try {
      recordFailure(event, ErrorText.of(error), now);
    } catch (RuntimeException unrecordable) {
      log.warn(
          "Inbox event {}: its error could not be stored ({}); storing the error's class instead",
          event.id(),
          unrecordable.getClass().getSimpleName());
      recordFailure(event, ErrorText.classOnly(error), now);
    }
  }

  private void recordFailure(Event event, String errorText, Instant now) {
    int attempts = event.attempts() + 1;
    boolean park = attempts >= retries.maxAttempts();
    Duration delay = retries.delayAfter(attempts);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE inbox SET attempts = :attempts, status = :status, next_attempt_at = :next,"
                        + " last_error = :error WHERE id = :id AND status = 'PENDING'")
                .bind("attempts", attempts)
                .bind("status", park ? "PARKED" : "PENDING")
                .bind("next", now.plus(delay))
                .bind("error", errorText)
                .bind("id", event.id())
                .execute());
  }
}
