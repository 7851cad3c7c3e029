package org.learningoffice.order;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.learningoffice.store.Database;

/**
 * The inbox's inserts: an event is stored unless its dedupe key is, and a repeated delivery is told
 * apart from a new one without raising an error.
 */
final class InboxInserts {
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

  private final Jdbi jdbi;
  private final Clock clock;
  private final boolean postgres;

  InboxInserts(Jdbi jdbi, Clock clock, boolean postgres) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.postgres = postgres;
  }

  List<Inbox.Acceptance> insertAll(List<Inbox.NewEvent> events) {
    Instant now = clock.instant();
    if (events.size() == 1) {
      return List.of(insertOne(events.get(0), now));
    }
    Map<String, Inbox.NewEvent> firsts = new LinkedHashMap<>();
    events.forEach(e -> firsts.putIfAbsent(e.dedupeKey(), e));
    Set<String> inserted = insertAllReturningKeys(List.copyOf(firsts.values()), now);
    // The first event of each inserted key is accepted; any other with that key is a duplicate.
    return events.stream()
        .map(
            e ->
                inserted.remove(e.dedupeKey())
                    ? Inbox.Acceptance.ACCEPTED
                    : Inbox.Acceptance.DUPLICATE)
        .toList();
  }

  /**
   * One statement in auto-commit mode: one round trip, durable when it returns. A duplicate is a
   * row not inserted (update count 0): no error raised, logged or rolled back. On H2 two deliveries
   * of one new event at the same moment can both pass the {@code NOT EXISTS}; the second then fails
   * on the unique key, which is a duplicate too. Not raising an exception for every repeated
   * delivery matters because Jira repeats deliveries often.
   */
  Inbox.Acceptance insertOne(Inbox.NewEvent event, Instant now) {
    String sql = postgres ? INSERT_ONE_POSTGRES : INSERT_ONE_H2;
    int inserted;
    try {
      inserted = jdbi.withHandle(h -> bindEvent(h.createUpdate(sql), "", event, now).execute());
    } catch (RuntimeException e) {
      if (Database.isUniqueViolation(e)) {
        return Inbox.Acceptance.DUPLICATE;
      }
      throw e;
    }
    return inserted == 1 ? Inbox.Acceptance.ACCEPTED : Inbox.Acceptance.DUPLICATE;
  }

  /**
   * PostgreSQL: one multi-row {@code INSERT ... ON CONFLICT DO NOTHING RETURNING}, atomic in
   * auto-commit mode; the keys it returns are the events it stored.
   */
  private Set<String> insertAllReturningKeys(List<Inbox.NewEvent> events, Instant now) {
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
      S statement, String suffix, Inbox.NewEvent event, Instant now) {
    return statement
        .bind("key" + suffix, event.dedupeKey())
        .bind("source" + suffix, event.source().name())
        .bind("type" + suffix, event.eventType())
        .bind("issue" + suffix, event.issueId())
        .bind("payload" + suffix, event.payload())
        .bind("now", now);
  }
}
