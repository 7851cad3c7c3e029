package org.learningoffice.lesson;

import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.learningoffice.store.Database;
import org.learningoffice.taxonomy.Strategy;

/**
 * The lessons feed forward may offer a new order: the newest lessons of earlier orders for the same
 * customer, and of earlier orders with the same strategy, each slice read by index and cut at a
 * limit, so that ranking costs the same however many lessons the store holds.
 *
 * <p>A strategy is shared by a large part of the orders, so its slice walks {@code
 * lessons_created_at_idx} backwards until it has enough. A customer may have a handful of orders
 * among a million lessons, where that walk would read the whole index; so its slice first collects
 * the customer's lessons ({@code orders_customer_id_idx}, then {@code lessons_order_created_idx},
 * both read by index only), takes the newest, and only then reads those rows. That first step is
 * {@code MATERIALIZED}, so that PostgreSQL's planner cannot turn it back into the walk, which it
 * chose for a prepared statement's generic plan (measured in {@code RelatedRankingBenchmark}: p99
 * over 300 ms at 1,000,000 lessons). H2 runs the plain join.
 */
public final class RelatedCandidates {
  private final Jdbi jdbi;
  private final String ofCustomer;

  @Inject
  public RelatedCandidates(Database database) {
    this.jdbi = database.jdbi();
    this.ofCustomer =
        database.isPostgres()
            ? "WITH theirs AS MATERIALIZED (SELECT l.id, l.created_at FROM orders o"
                + " JOIN lessons l ON l.order_id = o.id"
                + " WHERE o.customer = :customer AND o.id <> :except),"
                + " newest AS (SELECT id FROM theirs ORDER BY created_at DESC, id DESC"
                + " FETCH FIRST :limit ROWS ONLY) "
                + LessonWithOrder.SELECT
                + " WHERE l.id IN (SELECT id FROM newest) ORDER BY l.created_at DESC, l.id DESC"
            // H2 would keep a prepared WITH query's first FETCH FIRST value for later limits
            : LessonWithOrder.SELECT
                + " WHERE o.customer = :customer AND o.id <> :except"
                + " ORDER BY l.created_at DESC, l.id DESC FETCH FIRST :limit ROWS ONLY";
  }

  /** The newest lessons of other orders for this customer, newest first, at most {@code limit}. */
  public List<LessonWithOrder> ofCustomer(String customer, long exceptOrderId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(ofCustomer)
                .bind("customer", customer)
                .bind("except", exceptOrderId)
                .bind("limit", limit)
                .map(LessonWithOrder.MAPPER)
                .list());
  }

  /** The newest lessons of other orders with this strategy, newest first, at most {@code limit}. */
  public List<LessonWithOrder> ofStrategy(Strategy strategy, long exceptOrderId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    LessonWithOrder.SELECT
                        + " WHERE o.strategy = :strategy AND o.id <> :except"
                        + " ORDER BY l.created_at DESC, l.id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("strategy", strategy.name())
                .bind("except", exceptOrderId)
                .bind("limit", limit)
                .map(LessonWithOrder.MAPPER)
                .list());
  }

  /** These lessons (by row id) with their orders, in no particular order. */
  public List<LessonWithOrder> byIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(LessonWithOrder.SELECT + " WHERE l.id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map(LessonWithOrder.MAPPER)
                .list());
  }

  /** A lesson by its public id, with its order. */
  public Optional<LessonWithOrder> byPublicId(String publicId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(LessonWithOrder.SELECT + " WHERE l.public_id = :id")
                .bind("id", publicId)
                .map(LessonWithOrder.MAPPER)
                .findOne());
  }
}
