package org.learningoffice.order;

/**
 * Whether an order ticket is open or closed (Done category or a configured closed status), or was
 * deleted in Jira: final, whatever Jira delivers about the issue afterwards.
 */
public enum OrderStatus {
  OPEN,
  CLOSED,
  DELETED
}
