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
 * customer, and of earlier orders with the same strategy, each slice read by index ({@code
 * orders_customer_idx}, {@code orders_strategy_idx}, {@code lessons_order_idx}) and cut at a limit,
 * so that ranking costs the same however many lessons the store holds.
 */
public final class RelatedCandidates {
  private final Jdbi jdbi;

  @Inject
  public RelatedCandidates(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The newest lessons of other orders for this customer, newest first, at most {@code limit}. */
  public List<LessonWithOrder> ofCustomer(String customer, long exceptOrderId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    LessonWithOrder.SELECT
                        + " WHERE o.customer = :customer AND o.id <> :except"
                        + " ORDER BY l.created_at DESC, l.id DESC FETCH FIRST :limit ROWS ONLY")
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
