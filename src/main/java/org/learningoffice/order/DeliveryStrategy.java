package org.learningoffice.order;

import java.util.Locale;
import java.util.Optional;

/** How an order is delivered, which places the customer order decoupling point (taxonomy.md). */
public enum DeliveryStrategy {
  ETO("engineer-to-order"),
  MTO("make-to-order"),
  ATO("assemble-to-order"),
  MTS("make-to-stock");

  private final String fullName;

  DeliveryStrategy(String fullName) {
    this.fullName = fullName;
  }

  /**
   * The strategy a Jira value names, case-insensitively: {@code ETO}, {@code engineer-to-order},
   * {@code Engineer to order} or {@code engineer_to_order}.
   */
  public static Optional<DeliveryStrategy> named(String value) {
    String normalized = value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    for (DeliveryStrategy strategy : values()) {
      if (strategy.name().toLowerCase(Locale.ROOT).equals(normalized)
          || strategy.fullName.equals(normalized)) {
        return Optional.of(strategy);
      }
    }
    return Optional.empty();
  }
}
