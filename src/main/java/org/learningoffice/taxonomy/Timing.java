package org.learningoffice.taxonomy;

/** Whether a lesson was captured while its order ran or after it closed (P1). */
public enum Timing {
  REAL_TIME,
  RETROSPECTIVE
}
