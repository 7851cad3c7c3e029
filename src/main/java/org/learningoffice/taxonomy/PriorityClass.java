package org.learningoffice.taxonomy;

/** Priority class of an order, derived from its Jira priority and expedite flag (P4). */
public enum PriorityClass {
  EXPEDITED,
  STANDARD
}
