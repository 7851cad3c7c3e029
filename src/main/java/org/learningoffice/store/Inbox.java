package org.learningoffice.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Events accepted from Jira, stored before they are acknowledged and processed after. An event is
 * stored once per dedupe key; workers on several instances share the queue by claiming rows with
 * {@code FOR UPDATE SKIP LOCKED}; an event that keeps failing is parked, never blocking the rest.
 */
public final class Inbox {
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

  /** The one insert of an event; {@link #accept} adds PostgreSQL's conflict clause. */
  private static final String INSERT =
      "INSERT INTO inbox (dedupe_key, source, event_type, issue_id, payload, status,"
          + " next_attempt_at, received_at) VALUES (:key, :source, :type, :issue, :payload,"
          + " 'PENDING', :now, :now)";

  private final Jdbi jdbi;
  private final Clock clock;
  private final RetrySchedule retries;
  private final String insert;

  public Inbox(Database database, Clock clock, RetrySchedule retries) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.retries = retries;
    // On PostgreSQL a duplicate is a row not inserted (update count 0): no error raised, logged,
    // thrown or rolled back, and no transaction id spent. H2 has no such clause outside its
    // PostgreSQL mode, so there a duplicate is the unique violation.
    this.insert = database.isPostgres() ? INSERT + " ON CONFLICT (dedupe_key) DO NOTHING" : INSERT;
  }

  /**
   * Stores an event unless one with its dedupe key is already stored; commits before returning. One
   * statement in auto-commit mode: one round trip, durable when it returns.
   */
  public Acceptance accept(NewEvent event) {
    Instant now = clock.instant();
    int inserted;
    try {
      inserted =
          jdbi.withHandle(
              h ->
                  h.createUpdate(insert)
                      .bind("key", event.dedupeKey())
                      .bind("source", event.source().name())
                      .bind("type", event.eventType())
                      .bind("issue", event.issueId())
                      .bind("payload", event.payload())
                      .bind("now", now)
                      .execute());
    } catch (RuntimeException e) {
      if (Database.isUniqueViolation(e)) {
        return Acceptance.DUPLICATE;
      }
      throw e;
    }
    return inserted == 1 ? Acceptance.ACCEPTED : Acceptance.DUPLICATE;
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
