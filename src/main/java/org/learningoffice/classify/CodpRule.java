package org.learningoffice.classify;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

/**
 * The taxonomy's rule that places a stage in front or back office from the delivery strategy: steps
 * downstream of the customer order decoupling point run on the customer order.
 */
public final class CodpRule {

  private static final Set<Stage> CUSTOMER_FACING =
      EnumSet.of(
          Stage.QUOTING, Stage.ORDER_ENTRY, Stage.DELIVERY, Stage.INSTALLATION, Stage.AFTER_SALES);

  /** Order steps in flow order; the CODP sits before one of them. */
  private static final Map<Strategy, Stage> CODP_BEFORE =
      Map.of(
          Strategy.ETO, Stage.ENGINEERING,
          Strategy.MTO, Stage.PROCUREMENT,
          Strategy.ATO, Stage.ASSEMBLY,
          Strategy.MTS, Stage.DELIVERY);

  private static final Set<Stage> FLOW =
      EnumSet.of(
          Stage.ENGINEERING, Stage.PROCUREMENT, Stage.FABRICATION, Stage.ASSEMBLY, Stage.TESTING);

  /**
   * Places a stage under a strategy, or empty when the stage is unknown or not an order step
   * (planning serves many orders and is left to the text).
   */
  public Optional<CodpPlacement> place(Optional<Stage> stage, Strategy strategy) {
    return stage.flatMap(s -> place(s, strategy));
  }

  private Optional<CodpPlacement> place(Stage stage, Strategy strategy) {
    String step = stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    // Every strategy's abbreviation is read letter by letter from a vowel sound: "an MTS order".
    String name = "CODP rule: " + step + " on an " + strategy + " order";
    if (CUSTOMER_FACING.contains(stage)) {
      return Optional.of(
          new CodpPlacement(
              Unit.FRONT_OFFICE, "CODP rule: " + step + " faces the customer on every order"));
    }
    if (!FLOW.contains(stage)) {
      return Optional.empty();
    }
    // Stage ordinals follow the order flow, so "downstream of the CODP" is an ordinal compare.
    boolean downstream = stage.ordinal() >= CODP_BEFORE.get(strategy).ordinal();
    return Optional.of(
        downstream
            ? new CodpPlacement(Unit.FRONT_OFFICE, name + " works for this customer")
            : new CodpPlacement(
                Unit.BACK_OFFICE, name + " works ahead of the customer order, for many orders"));
  }
}
