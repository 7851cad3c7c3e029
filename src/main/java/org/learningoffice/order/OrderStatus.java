package org.learningoffice.order;

/** Whether an order ticket is open or closed (Done category or a configured closed status). */
public enum OrderStatus {
  OPEN,
  CLOSED
}
