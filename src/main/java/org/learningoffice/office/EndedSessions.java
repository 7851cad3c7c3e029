package org.learningoffice.office;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.learningoffice.store.Database;
import org.learningoffice.store.Savepoints;

/**
 * The office sessions ended by "Log out" ({@code office_ended_sessions}), shared by every instance
 * on the store: a session id listed here is refused until its expiry, after which the cookie is
 * refused anyway and the row is pruned.
 */
final class EndedSessions {
  private final Database database;
  private final Clock clock;

  @Inject
  EndedSessions(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Ends the session {@code id} (expiring at {@code expiresAt}); prunes the expired ones. */
  void end(String id, Instant expiresAt) {
    database
        .jdbi()
        .useTransaction(
            h -> {
              h.createUpdate("DELETE FROM office_ended_sessions WHERE expires_at <= :now")
                  .bind("now", clock.instant())
                  .execute();
              // a second logout with the same cookie, even at the same moment, changes nothing
              Savepoints.insertUnlessDuplicate(
                  h,
                  "ended_session",
                  t ->
                      t.createUpdate(
                              "INSERT INTO office_ended_sessions (session_id, expires_at)"
                                  + " VALUES (:id, :expiresAt)")
                          .bind("id", id)
                          .bind("expiresAt", expiresAt)
                          .execute());
            });
  }

  /** Whether the session {@code id} was ended. */
  boolean ended(String id) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM office_ended_sessions WHERE session_id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one()
                    > 0);
  }
}
