package org.learningoffice.taxonomy;

/** Whether a lesson is drawn from this order or prepares orders to come (P2). */
public enum Direction {
  FROM,
  FOR
}
