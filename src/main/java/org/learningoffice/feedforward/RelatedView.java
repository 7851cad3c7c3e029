package org.learningoffice.feedforward;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.learningoffice.order.StoredOrder;

/**
 * An order's related-lessons page as it is shown: the order, its lessons in their place order, the
 * votes given on this link, and the CSRF value and nonce its vote buttons carry.
 */
record RelatedView(
    String token,
    StoredOrder order,
    List<RankedLesson> lessons,
    Map<Long, Vote> votes,
    String csrf,
    String nonce) {
  RelatedView {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(order, "order");
    lessons = List.copyOf(lessons);
    votes = Map.copyOf(votes);
  }
}
