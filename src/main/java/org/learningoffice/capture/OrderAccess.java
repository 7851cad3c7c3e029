package org.learningoffice.capture;

import jakarta.inject.Inject;
import org.learningoffice.order.OrderRepository;
import org.learningoffice.order.StoredOrder;

/** Turns a form link's token into its order, or refuses it with advice for the person. */
final class OrderAccess {
  static final String UNKNOWN_ORDER =
      "This link names an order the learning office does not know (yet). Open the link from the"
          + " order's Jira ticket, or ask the learning office.";

  private final FormTokenSigner signer;
  private final OrderRepository orders;

  @Inject
  OrderAccess(FormTokenSigner signer, OrderRepository orders) {
    this.signer = signer;
    this.orders = orders;
  }

  /** The order the token stands for; throws {@link FormLinkRefused} otherwise. */
  StoredOrder order(String token) {
    FormTokenSigner.Verification verification = signer.verify(token);
    if (verification.refusal().isPresent()) {
      throw new FormLinkRefused(verification.refusal().get().advice());
    }
    String issueId = verification.token().orElseThrow().issueId();
    return orders.findByIssueId(issueId).orElseThrow(() -> new FormLinkRefused(UNKNOWN_ORDER));
  }
}
