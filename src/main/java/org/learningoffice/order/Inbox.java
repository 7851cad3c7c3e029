package org.learningoffice.order;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.learningoffice.store.Database;
import org.learningoffice.store.ErrorText;
import org.learningoffice.store.GroupCommit;
import org.learningoffice.store.RetrySchedule;
import org.learningoffice.store.StatusCounts;
import org.learningoffice.web.QueueTable;

/**
 * Events accepted from Jira, stored before they are acknowledged and processed after. An event is
 * stored once per dedupe key; workers on several instances share the queue by claiming rows with
 * {@code FOR UPDATE SKIP LOCKED}; an event that keeps failing is parked, never blocking the rest.
 */
public final class Inbox implements QueueTable {
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

  private static final String INSERT_INTO =
      "INSERT INTO inbox (dedupe_key, source, event_type, issue_id, payload, status,"
          + " next_attempt_at, received_at) VALUES ";

  /** PostgreSQL: the insert of one event; a duplicate is a row not inserted. */
  private static final String INSERT_ONE_POSTGRES =
      INSERT_INTO + row("") + " ON CONFLICT (dedupe_key) DO NOTHING";

  /**
   * H2 (no {@code ON CONFLICT} outside its PostgreSQL mode): the insert of one event unless its key
   * is stored, so a repeated delivery inserts nothing instead of raising a unique violation.
   */
  private static final String INSERT_ONE_H2 =
      "INSERT INTO inbox (dedupe_key, source, event_type, issue_id, payload, status,"
          + " next_attempt_at, received_at)"
          + " SELECT :key, :source, :type, :issue, :payload, 'PENDING', :now, :now FROM DUAL"
          + " WHERE NOT EXISTS (SELECT 1 FROM inbox WHERE dedupe_key = :key)";

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
  private final GroupCommit<NewEvent, Acceptance> writes;

  @Inject
  public Inbox(Database database, Clock clock, RetrySchedule retries) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.retries = retries;
    this.postgres = database.isPostgres();
    this.writes = new GroupCommit<>(this::insertAll, MAX_BATCH, MAX_BATCHES_PER_LEAD, handOver());
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
      return CompletableFuture.completedFuture(insertOne(event, clock.instant()));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** {@link #store}, returning once the event is committed. */
  public Acceptance accept(NewEvent event) {
    return postgres ? writes.submitAndWait(event) : insertOne(event, clock.instant());
  }

  private List<Acceptance> insertAll(List<NewEvent> events) {
    Instant now = clock.instant();
    if (events.size() == 1) {
      return List.of(insertOne(events.get(0), now));
    }
    Map<String, NewEvent> firsts = new LinkedHashMap<>();
    events.forEach(e -> firsts.putIfAbsent(e.dedupeKey(), e));
    Set<String> inserted = insertAllReturningKeys(List.copyOf(firsts.values()), now);
    // The first event of each inserted key is accepted; any other with that key is a duplicate.
    return events.stream()
        .map(e -> inserted.remove(e.dedupeKey()) ? Acceptance.ACCEPTED : Acceptance.DUPLICATE)
        .toList();
  }

  /**
   * One statement in auto-commit mode: one round trip, durable when it returns. A duplicate is a
   * row not inserted (update count 0): no error raised, logged or rolled back. On H2 two deliveries
   * of one new event at the same moment can both pass the {@code NOT EXISTS}; the second then fails
   * on the unique key, which is a duplicate too. Not raising an exception for every repeated
   * delivery matters because Jira repeats deliveries often.
   */
  private Acceptance insertOne(NewEvent event, Instant now) {
    String sql = postgres ? INSERT_ONE_POSTGRES : INSERT_ONE_H2;
    int inserted;
    try {
      inserted = jdbi.withHandle(h -> bindEvent(h.createUpdate(sql), "", event, now).execute());
    } catch (RuntimeException e) {
      if (Database.isUniqueViolation(e)) {
        return Acceptance.DUPLICATE;
      }
      throw e;
    }
    return inserted == 1 ? Acceptance.ACCEPTED : Acceptance.DUPLICATE;
  }

  /**
   * PostgreSQL: one multi-row {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}, atomic in
   * auto-commit mode; the keys it returns are the events it stored.
   */
  private Set<String> insertAllReturningKeys(List<NewEvent> events, Instant now) {
    StringBuilder sql = new StringBuilder(INSERT_INTO);
    for (int i = 0; i < events.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(row(String.valueOf(i)));
    }
    sql.append(" ON CONFLICT (dedupe_key) DO NOTHING RETURNING dedupe_key");
    return jdbi.withHandle(
        h -> {
          Query query = h.createQuery(sql.toString());
          for (int i = 0; i < events.size(); i++) {
            bindEvent(query, String.valueOf(i), events.get(i), now);
          }
          return new HashSet<>(query.mapTo(String.class).list());
        });
  }

  /** The values of one event, its parameters named with {@code suffix}. */
  private static String row(String suffix) {
    return String.format(
        "(:key%1$s, :source%1$s, :type%1$s, :issue%1$s, :payload%1$s, 'PENDING', :now, :now)",
        suffix);
  }

  private static <S extends SqlStatement<S>> S bindEvent(
      S statement, String suffix, NewEvent event, Instant now) {
    return statement
        .bind("key" + suffix, event.dedupeKey())
        .bind("source" + suffix, event.source().name())
        .bind("type" + suffix, event.eventType())
        .bind("issue" + suffix, event.issueId())
        .bind("payload" + suffix, event.payload())
        .bind("now", now);
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

  private void recordFailure(Event event, RuntimeException error, Instant now) {
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
                .bind("error", ErrorText.of(error))
                .bind("id", event.id())
                .execute());
  }
}
