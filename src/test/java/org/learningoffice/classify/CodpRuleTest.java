package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningoffice.taxonomy.Stage;
import org.learningoffice.taxonomy.Strategy;
import org.learningoffice.taxonomy.Unit;

class CodpRuleTest {

  private final CodpRule rule = new CodpRule();

  @ParameterizedTest(name = "{0} under {1} is {2}")
  @CsvSource({
    // taxonomy.md: steps downstream of the CODP act as front office
    "ENGINEERING, ETO, FRONT_OFFICE",
    "PROCUREMENT, ETO, FRONT_OFFICE",
    "FABRICATION, ETO, FRONT_OFFICE",
    "ASSEMBLY, ETO, FRONT_OFFICE",
    "ENGINEERING, MTO, BACK_OFFICE",
    "PROCUREMENT, MTO, FRONT_OFFICE",
    "FABRICATION, MTO, FRONT_OFFICE",
    "ASSEMBLY, MTO, FRONT_OFFICE",
    "ENGINEERING, ATO, BACK_OFFICE",
    "PROCUREMENT, ATO, BACK_OFFICE",
    "FABRICATION, ATO, BACK_OFFICE",
    "ASSEMBLY, ATO, FRONT_OFFICE",
    "ENGINEERING, MTS, BACK_OFFICE",
    "PROCUREMENT, MTS, BACK_OFFICE",
    "FABRICATION, MTS, BACK_OFFICE",
    "ASSEMBLY, MTS, BACK_OFFICE",
    "TESTING, ATO, FRONT_OFFICE",
    "TESTING, MTS, BACK_OFFICE",
  })
  void placesOrderStepsByTheDecouplingPoint(Stage stage, Strategy strategy, Unit unit) {
    assertThat(rule.place(Optional.of(stage), strategy)).map(CodpPlacement::unit).contains(unit);
  }

  @ParameterizedTest(name = "{0} faces the customer under every strategy")
  @CsvSource({"QUOTING", "ORDER_ENTRY", "DELIVERY", "INSTALLATION", "AFTER_SALES"})
  void customerFacingStepsAreFrontOfficeUnderEveryStrategy(Stage stage) {
    for (Strategy strategy : Strategy.values()) {
      assertThat(rule.place(Optional.of(stage), strategy))
          .map(CodpPlacement::unit)
          .contains(Unit.FRONT_OFFICE);
    }
  }

  @ParameterizedTest
  @CsvSource({"ETO", "MTS"})
  void leavesPlanningAndMissingStagesToTheText(Strategy strategy) {
    assertThat(rule.place(Optional.of(Stage.PLANNING), strategy)).isEmpty();
    assertThat(rule.place(Optional.empty(), strategy)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void explainsThePlacementInWords() {
    assertThat(rule.place(Optional.of(Stage.ASSEMBLY), Strategy.ATO))
        .map(CodpPlacement::explanation)
        .contains("CODP rule: assembly on an ATO order works for this customer");
    assertThat(rule.place(Optional.of(Stage.ENGINEERING), Strategy.MTS))
        .map(CodpPlacement::explanation)
        .contains(
            "CODP rule: engineering on an MTS order works ahead of the customer order, for many orders");
  }
}
