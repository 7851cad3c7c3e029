package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learningoffice.taxonomy.Direction;
import org.learningoffice.taxonomy.LessonType;
import org.learningoffice.taxonomy.Unit;

class EvalMetricsTest {

  @Test
  void computesAccuracyAndMacroF1FromTheConfusionMatrix() {
    // gold rows, predicted columns: FRONT, BACK, BETWEEN
    ConfusionMatrix m =
        new ConfusionMatrix(Facet.UNIT.labels(), new int[][] {{2, 1, 0}, {0, 1, 0}, {1, 0, 0}});

    assertThat(m.total()).isEqualTo(5);
    assertThat(m.accuracy()).isCloseTo(3 / 5.0, within(1e-9));
    // F1 FRONT = 4/(3+3) = 2/3, BACK = 2/(1+2) = 2/3, BETWEEN = 0
    assertThat(m.macroF1()).isCloseTo((2 / 3.0 + 2 / 3.0 + 0) / 3, within(1e-9));
  }

  @Test
  void labelsAbsentFromGoldAndPredictionDoNotCountInMacroF1() {
    ConfusionMatrix m =
        new ConfusionMatrix(Facet.UNIT.labels(), new int[][] {{2, 0, 0}, {0, 1, 0}, {0, 0, 0}});

    assertThat(m.macroF1()).isEqualTo(1.0);
  }

  @Test
  void expectedCalibrationErrorIsZeroWhenConfidenceMatchesAccuracy() {
    FacetScoreSheet sheet = new FacetScoreSheet(Facet.TYPE);
    sheet.record("EXPLOITATION", "EXPLOITATION", 0.75, true);
    sheet.record("EXPLOITATION", "EXPLOITATION", 0.75, true);
    sheet.record("EXPLOITATION", "EXPLOITATION", 0.75, true);
    sheet.record("EXPLORATION", "EXPLOITATION", 0.75, true);

    assertThat(sheet.score().expectedCalibrationError()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void expectedCalibrationErrorMeasuresOverconfidence() {
    FacetScoreSheet sheet = new FacetScoreSheet(Facet.TYPE);
    sheet.record("EXPLOITATION", "EXPLOITATION", 0.95, true);
    sheet.record("EXPLORATION", "EXPLOITATION", 0.95, true);

    assertThat(sheet.score().expectedCalibrationError()).isCloseTo(0.45, within(1e-9));
  }

  @Test
  void scoresAFixedClassifierOnATinyFile() {
    List<LabelledLesson> tiny =
        new LabelledLessonReader(new com.fasterxml.jackson.databind.ObjectMapper())
            .read(java.nio.file.Path.of("src/test/resources/classify/tiny.jsonl"));
    Classifier alwaysFront =
        input ->
            new Classification(
                new FacetSuggestion<>(Unit.FRONT_OFFICE, 1.0, "x", true),
                new FacetSuggestion<>(LessonType.EXPLOITATION, 1.0, "x", true),
                new FacetSuggestion<>(Direction.FROM, 1.0, "x", true));

    EvalResult result = Scorer.score(alwaysFront, tiny);

    assertThat(result.n()).isEqualTo(4);
    assertThat(result.get(Facet.UNIT).accuracy()).isEqualTo(0.5);
    // FRONT: tp 2, 4 predicted, 2 gold → 4/6; BACK and BETWEEN gold but never predicted → 0
    assertThat(result.get(Facet.UNIT).macroF1()).isCloseTo((4 / 6.0) / 3, within(1e-9));
    assertThat(result.get(Facet.UNIT).confusion().counts())
        .isEqualTo(new int[][] {{2, 0, 0}, {1, 0, 0}, {1, 0, 0}});
    assertThat(result.get(Facet.UNIT).expectedCalibrationError()).isCloseTo(0.5, within(1e-9));
  }
}
