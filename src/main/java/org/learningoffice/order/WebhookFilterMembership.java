package org.learningoffice.order;

/**
 * Stand-in for the Jira JQL check, for {@code orders.jql} beyond the simple form: takes every issue
 * it is asked about as an order, because the webhook is registered with {@code orders.jql} as its
 * JQL filter (plugin-descriptor/webhook.json) and the poller searches with it, so Jira has already
 * applied the definition. Replace its binding with the Jira-backed check once that client exists.
 */
public final class WebhookFilterMembership implements OrderMembership {
  @Override
  public boolean isOrder(OrderCandidate issue) {
    return true;
  }
}
