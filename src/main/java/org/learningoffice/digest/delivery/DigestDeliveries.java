package org.learningoffice.digest.delivery;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.learningoffice.digest.IsoWeek;
import org.learningoffice.store.Database;

/**
 * The {@code digest_deliveries} table: one row per (week, channel, recipient), claimed under a
 * lease before anything is sent and marked after, so each digest goes out at most once even with
 * several instances on one database and across restarts.
 *
 * <p>States: {@code CLAIMED} with {@code sent_at} empty — claimed, nothing handed to the channel
 * yet (another instance may take it over once the lease ran out); {@code CLAIMED} with {@code
 * sent_at} set — handed to the channel, outcome unknown if the lease ran out (a crash between send
 * and mark): never sent again, reported by {@link #needingAttention()}; {@code SENT}; {@code
 * FAILED} — the channel refused or could not be reached, tried again after {@code lease_until}
 * until {@link #MAX_ATTEMPTS}, or given up at once when it refused the recipient for good.
 */
public final class DigestDeliveries {
  /**
   * Attempts after which a failing delivery is left for a person to look at: retried at most an
   * hour apart, about three days, so that a mail server or chat down over a long weekend still gets
   * the digest once it is back.
   */
  public static final int MAX_ATTEMPTS = 80;

  private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  private static final Duration LAST_RETRY = Duration.ofHours(1);

  /** A delivery this instance holds: its row and the lease it holds it under. */
  public record Claim(long id, String owner) {}

  /** Rows a person should look at. */
  public record Attention(int outcomeUnknown, int givenUp) {}

  private static final String COLUMNS =
      "iso_week, channel, recipient, status, attempts, lease_owner, lease_until, claimed_at";

  /**
   * PostgreSQL: a row that exists is not inserted, without an error (a unique violation would be
   * logged by the server for every recipient at every check of a week already sent).
   */
  private static final String INSERT_POSTGRES =
      "INSERT INTO digest_deliveries ("
          + COLUMNS
          + ") VALUES (:week, :channel, :recipient, 'CLAIMED', 0, :owner, :until, :now)"
          + " ON CONFLICT (iso_week, channel, recipient) DO NOTHING RETURNING id";

  /** H2 (no {@code ON CONFLICT} outside its PostgreSQL mode): inserts unless the row exists. */
  private static final String INSERT_H2 =
      "INSERT INTO digest_deliveries ("
          + COLUMNS
          + ") SELECT :week, :channel, :recipient, 'CLAIMED', 0, :owner, :until, :now FROM DUAL"
          + " WHERE NOT EXISTS (SELECT 1 FROM digest_deliveries WHERE iso_week = :week"
          + " AND channel = :channel AND recipient = :recipient)";

  private final Database database;
  private final Clock clock;

  @Inject
  public DigestDeliveries(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Claims the delivery unless another instance holds it, it was sent, or its outcome is unknown.
   */
  public Optional<Claim> claim(
      IsoWeek week, Channel channel, String recipient, String owner, Duration lease) {
    Instant now = clock.instant();
    Instant until = now.plus(lease);
    Optional<Long> inserted;
    try {
      inserted =
          database
              .jdbi()
              .withHandle(
                  h ->
                      database.isPostgres()
                          ? bindNew(h.createQuery(INSERT_POSTGRES), week, channel, recipient)
                              .bind("owner", owner)
                              .bind("until", until)
                              .bind("now", now)
                              .mapTo(Long.class)
                              .findOne()
                          : bindNew(h.createUpdate(INSERT_H2), week, channel, recipient)
                              .bind("owner", owner)
                              .bind("until", until)
                              .bind("now", now)
                              .executeAndReturnGeneratedKeys("id")
                              .mapTo(Long.class)
                              .findOne());
    } catch (RuntimeException e) {
      // H2 only: two instances claiming a new row at the same moment can both pass NOT EXISTS
      if (!Database.isUniqueViolation(e)) {
        throw e;
      }
      inserted = Optional.empty();
    }
    if (inserted.isPresent()) {
      return Optional.of(new Claim(inserted.get(), owner));
    }
    // The row exists: take it over only when it failed and may be retried, or when its lease
    // ran out before anything was handed to the channel.
    int taken =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createUpdate(
                            "UPDATE digest_deliveries SET status = 'CLAIMED', lease_owner = :owner,"
                                + " lease_until = :until, claimed_at = :now, sent_at = NULL"
                                + " WHERE iso_week = :week AND channel = :channel"
                                + " AND recipient = :recipient AND lease_until <= :now AND ("
                                + " (status = 'FAILED' AND attempts < :max)"
                                + " OR (status = 'CLAIMED' AND sent_at IS NULL))")
                        .bind("week", week.toString())
                        .bind("channel", channel.name())
                        .bind("recipient", recipient)
                        .bind("owner", owner)
                        .bind("until", until)
                        .bind("now", now)
                        .bind("max", MAX_ATTEMPTS)
                        .execute());
    if (taken == 0) {
      return Optional.empty();
    }
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT id FROM digest_deliveries WHERE iso_week = :week"
                            + " AND channel = :channel AND recipient = :recipient"
                            + " AND lease_owner = :owner")
                    .bind("week", week.toString())
                    .bind("channel", channel.name())
                    .bind("recipient", recipient)
                    .bind("owner", owner)
                    .mapTo(Long.class)
                    .findOne())
        .map(id -> new Claim(id, owner));
  }

  /**
   * Records that the digest is about to be handed to the channel; false when the lease was lost
   * (then nothing may be sent). From here on a crash leaves the outcome unknown.
   */
  public boolean startSending(Claim claim) {
    Instant now = clock.instant();
    return update(
            "UPDATE digest_deliveries SET sent_at = :now, attempts = attempts + 1"
                + " WHERE id = :id AND lease_owner = :owner AND status = 'CLAIMED'"
                + " AND sent_at IS NULL AND lease_until > :now",
            claim,
            now)
        == 1;
  }

  /** The channel took the digest. */
  public void sent(Claim claim) {
    update(
        "UPDATE digest_deliveries SET status = 'SENT', sent_at = :now, lease_owner = NULL,"
            + " lease_until = NULL, last_error = NULL WHERE id = :id AND lease_owner = :owner",
        claim,
        clock.instant());
  }

  /**
   * The digest could not be rendered for the recipient, so nothing was handed to the channel: an
   * attempt like any other (counted, backed off, given up after {@link #MAX_ATTEMPTS} and then
   * reported), tried again after a backoff.
   */
  public void notPrepared(Claim claim, String error) {
    update(
        "UPDATE digest_deliveries SET attempts = attempts + 1"
            + " WHERE id = :id AND lease_owner = :owner AND sent_at IS NULL AND lease_until > :now",
        claim,
        clock.instant());
    failed(claim, error);
  }

  /** The channel refused or could not be reached; tried again after a backoff. */
  public void failed(Claim claim, String error) {
    Instant now = clock.instant();
    int attempts =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT attempts FROM digest_deliveries WHERE id = :id")
                        .bind("id", claim.id())
                        .mapTo(Integer.class)
                        .one());
    Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 6));
    Instant retryAt = now.plus(backoff.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : backoff);
    markFailed(claim, error, retryAt, 0);
  }

  /**
   * The channel refused the recipient for good (no such mailbox): never tried again, reported by
   * {@link #needingAttention()} as given up.
   */
  public void givenUp(Claim claim, String error) {
    markFailed(claim, error, clock.instant(), MAX_ATTEMPTS);
  }

  /** Records a failed claim with its error, due again at {@code retryAt}, at least so tried. */
  private void markFailed(Claim claim, String error, Instant retryAt, int leastAttempts) {
    database
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE digest_deliveries SET status = 'FAILED', sent_at = NULL,"
                            + " attempts = CASE WHEN attempts < :least THEN :least ELSE attempts"
                            + " END, lease_owner = NULL, lease_until = :retryAt,"
                            + " last_error = :error WHERE id = :id AND lease_owner = :owner")
                    .bind("least", leastAttempts)
                    .bind("retryAt", retryAt)
                    .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                    .bind("id", claim.id())
                    .bind("owner", claim.owner())
                    .execute());
  }

  /**
   * Deliveries handed to their channel by an instance that stopped before it could record the
   * outcome, and deliveries given up after {@link #MAX_ATTEMPTS}.
   */
  public Attention needingAttention() {
    Instant now = clock.instant();
    return database
        .jdbi()
        .withHandle(
            h -> {
              int unknown =
                  h.createQuery(
                          "SELECT COUNT(*) FROM digest_deliveries WHERE status = 'CLAIMED'"
                              + " AND sent_at IS NOT NULL AND lease_until <= :now")
                      .bind("now", now)
                      .mapTo(Integer.class)
                      .one();
              int givenUp =
                  h.createQuery(
                          "SELECT COUNT(*) FROM digest_deliveries WHERE status = 'FAILED'"
                              + " AND attempts >= :max")
                      .bind("max", MAX_ATTEMPTS)
                      .mapTo(Integer.class)
                      .one();
              return new Attention(unknown, givenUp);
            });
  }

  /** The status of one delivery, if it exists. */
  public Optional<String> status(IsoWeek week, Channel channel, String recipient) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT status FROM digest_deliveries WHERE iso_week = :week"
                            + " AND channel = :channel AND recipient = :recipient")
                    .bind("week", week.toString())
                    .bind("channel", channel.name())
                    .bind("recipient", recipient)
                    .mapTo(String.class)
                    .findOne());
  }

  /** Binds the key of one delivery row. */
  private static <S extends SqlStatement<S>> S bindNew(
      S statement, IsoWeek week, Channel channel, String recipient) {
    return statement
        .bind("week", week.toString())
        .bind("channel", channel.name())
        .bind("recipient", recipient);
  }

  private int update(String sql, Claim claim, Instant now) {
    return database
        .jdbi()
        .withHandle(
            h ->
                h.createUpdate(sql)
                    .bind("id", claim.id())
                    .bind("owner", claim.owner())
                    .bind("now", now)
                    .execute());
  }
}
