package org.learningoffice.taxonomy;

/** Whether earlier lessons in the look-back window say much the same (P1). */
public enum Recurrence {
  SPORADIC,
  RECURRENT
}
