package org.learningoffice.taxonomy;

/** The order step a lesson was written about, as chosen on the form. */
public enum Stage {
  QUOTING,
  ORDER_ENTRY,
  ENGINEERING,
  PROCUREMENT,
  FABRICATION,
  ASSEMBLY,
  TESTING,
  DELIVERY,
  INSTALLATION,
  AFTER_SALES,
  PLANNING
}
