package org.learningoffice.taxonomy;

/** Where the learning sits: front office, back office or the interface between them (P5). */
public enum Unit {
  FRONT_OFFICE,
  BACK_OFFICE,
  BETWEEN
}
