package org.learningoffice.order;

/**
 * Whether an issue is an order, i.e. matches {@code orders.jql}. {@link SimpleJqlMembership}
 * answers the simple {@code project = X [AND issuetype = "Y"]} form from the issue itself; {@link
 * JiraJqlMembership} asks Jira about any other JQL.
 */
public interface OrderMembership {
  boolean isOrder(OrderCandidate issue);
}
