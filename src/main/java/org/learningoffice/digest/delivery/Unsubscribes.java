package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import org.learningoffice.store.Database;

/** The {@code digest_unsubscribes} table: addresses that asked for no more digests. */
public final class Unsubscribes {
  private final Database database;
  private final Clock clock;

  @Inject
  public Unsubscribes(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Records the address; unsubscribing twice is the same as once. */
  public void add(String address) {
    String email = address.strip().toLowerCase(Locale.ROOT);
    try {
      database
          .jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO digest_unsubscribes (email, unsubscribed_at) VALUES (:email,"
                              + " :now)")
                      .bind("email", email)
                      .bind("now", clock.instant())
                      .execute());
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
    }
  }

  public boolean contains(String address) {
    return database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM digest_unsubscribes WHERE email = :email")
                        .bind("email", address.strip().toLowerCase(Locale.ROOT))
                        .mapTo(Integer.class)
                        .one())
        > 0;
  }
}
