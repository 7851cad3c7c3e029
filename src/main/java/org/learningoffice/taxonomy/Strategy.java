package org.learningoffice.taxonomy;

import java.util.Locale;
import java.util.Optional;

/** Delivery strategy of an order; it places the customer order decoupling point (P3). */
public enum Strategy {
  ETO("engineer-to-order"),
  MTO("make-to-order"),
  ATO("assemble-to-order"),
  MTS("make-to-stock");

  private final String fullName;

  Strategy(String fullName) {
    this.fullName = fullName;
  }

  /**
   * The strategy a Jira value names, case-insensitively: {@code ETO}, {@code engineer-to-order},
   * {@code Engineer to order} or {@code engineer_to_order}.
   */
  public static Optional<Strategy> named(String value) {
    String normalized = value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    for (Strategy strategy : values()) {
      if (strategy.name().toLowerCase(Locale.ROOT).equals(normalized)
          || strategy.fullName.equals(normalized)) {
        return Optional.of(strategy);
      }
    }
    return Optional.empty();
  }
}
