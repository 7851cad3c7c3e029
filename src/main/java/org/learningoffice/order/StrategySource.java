package org.learningoffice.order;

/** Where an order's strategy was read; {@code DEFAULT} means unmapped (reported by check). */
public enum StrategySource {
  FIELD,
  LABEL,
  COMPONENT,
  DEFAULT
}
