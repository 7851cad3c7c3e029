package org.learningoffice.order;

/**
 * Whether an issue is an order, i.e. matches {@code orders.jql}. The production answer for any JQL
 * is Jira's (a JQL search for the issue, cached briefly); until the Jira client exists, {@link
 * SimpleJqlMembership} answers the simple {@code project = X [AND issuetype = "Y"]} form itself.
 */
public interface OrderMembership {
  boolean isOrder(OrderCandidate issue);
}
