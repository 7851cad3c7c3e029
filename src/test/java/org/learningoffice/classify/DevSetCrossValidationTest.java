package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 10-fold cross-validation on the bundled lessons, as {@code classify eval --cross-validate 10}
 * runs it. The floors sit a little under the figures measured when the model was chosen, so a
 * change that makes the classifier worse fails here; see the report for the targets.
 */
class DevSetCrossValidationTest {

  private static EvalReport report;

  @BeforeAll
  static void crossValidate() {
    Injector injector = Classifiers.injector(ClassifySettings.defaults());
    report =
        injector
            .getInstance(ClassifierEvaluation.class)
            .crossValidate(injector.getInstance(LabelledLessonReader.class).bundled(), 10);
  }

  @Test
  void scoresEveryBundledLessonOnce() {
    assertThat(report.n()).isEqualTo(589);
    assertThat(report.overlapping()).isZero();
  }

  @Test
  void macroF1StaysAboveTheMeasuredFloors() {
    assertThat(report.model().get(Facet.UNIT).macroF1()).isGreaterThanOrEqualTo(0.87);
    assertThat(report.model().get(Facet.TYPE).macroF1()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.model().get(Facet.DIRECTION).macroF1()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void beatsTheRulesLayerAndTheMajorityClassOnEveryFacet() {
    for (Facet facet : Facet.values()) {
      double model = report.model().get(facet).macroF1();
      assertThat(model).isGreaterThan(report.rules().get(facet).macroF1());
      assertThat(model).isGreaterThan(report.majority().get(facet).macroF1());
    }
  }

  @Test
  void confidenceIsCalibratedWithinFivePoints() {
    for (Facet facet : Facet.values()) {
      assertThat(report.model().get(facet).expectedCalibrationError()).isLessThan(0.05);
    }
  }
}
