package org.learningoffice.feedforward;

import java.util.Locale;
import java.util.Optional;
import org.learningoffice.taxonomy.Stage;

/**
 * The order stage a Jira status names, if any: "In engineering" is {@code ENGINEERING}, "Order
 * entry" {@code ORDER_ENTRY}. Lessons of that stage and later ones are still ahead of the order.
 */
final class StageOfStatus {
  private StageOfStatus() {}

  static Optional<Stage> of(String statusName) {
    String words = " " + statusName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
    for (Stage stage : Stage.values()) {
      String name = stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (words.contains(" " + name + " ")) {
        return Optional.of(stage);
      }
    }
    return Optional.empty();
  }
}
