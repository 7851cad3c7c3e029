package org.learningoffice.writeback;

import jakarta.inject.Inject;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StoredOrder;
import org.learningoffice.outbox.UnusableJobException;

/** The order a capture job is about, as the order feature stored it. */
final class CaptureOrders {
  private final OrderRepository orders;

  @Inject
  CaptureOrders(OrderRepository orders) {
    this.orders = orders;
  }

  StoredOrder of(CaptureJobPayload payload) {
    return orders
        .findByIssueId(payload.issueId())
        .orElseThrow(
            () ->
                new UnusableJobException(
                    "no stored order for issue "
                        + payload.issueId()
                        + " ("
                        + payload.issueKey()
                        + ")"));
  }
}
