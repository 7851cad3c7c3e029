package org.learningoffice.feedforward;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;

/**
 * The {@code feed_forward_inputs} table: per order, what its newest queued ranking round was asked
 * for (the digest of its {@link RankingFacts} and the last trigger status it entered), so an event
 * that changes neither queues nothing, and a round's job can tell that a newer round replaced it.
 */
final class FeedForwardInputs {
  /** What a round was queued on: the facts' digest, the trigger status ('' none) and its number. */
  record Queued(String factsDigest, String triggerStatus, int round) {}

  private final Jdbi jdbi;

  @Inject
  FeedForwardInputs(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The order's newest queued round, read in the caller's transaction. */
  Optional<Queued> find(Handle transaction, long orderId) {
    return transaction
        .createQuery(
            "SELECT facts_digest, trigger_status, queued_round FROM feed_forward_inputs"
                + " WHERE order_id = :order")
        .bind("order", orderId)
        .map((rs, ctx) -> new Queued(rs.getString(1), rs.getString(2), rs.getInt(3)))
        .findOne();
  }

  /**
   * Records a newly queued round in the caller's transaction, which holds the order's row lock (the
   * order handler took it), so no other event of the order writes here meanwhile.
   */
  void save(Handle transaction, long orderId, Queued queued, Instant at) {
    int updated =
        transaction
            .createUpdate(
                "UPDATE feed_forward_inputs SET facts_digest = :digest, trigger_status = :status,"
                    + " queued_round = :round, queued_at = :at WHERE order_id = :order")
            .bind("digest", queued.factsDigest())
            .bind("status", queued.triggerStatus())
            .bind("round", queued.round())
            .bind("at", at)
            .bind("order", orderId)
            .execute();
    if (updated == 0) {
      transaction
          .createUpdate(
              "INSERT INTO feed_forward_inputs (order_id, facts_digest, trigger_status,"
                  + " queued_round, queued_at) VALUES (:order, :digest, :status, :round, :at)")
          .bind("order", orderId)
          .bind("digest", queued.factsDigest())
          .bind("status", queued.triggerStatus())
          .bind("round", queued.round())
          .bind("at", at)
          .execute();
    }
  }

  /** The newest round queued for the order; 0 when none was recorded (queued before rounds). */
  int newestRound(long orderId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT queued_round FROM feed_forward_inputs WHERE order_id = :order")
                .bind("order", orderId)
                .mapTo(Integer.class)
                .findOne()
                .orElse(0));
  }
}
