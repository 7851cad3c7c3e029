package org.learningoffice.order;

/** Whether an order was expedited (a configured priority or label) or ran as standard (P4). */
public enum PriorityClass {
  EXPEDITED,
  STANDARD
}
