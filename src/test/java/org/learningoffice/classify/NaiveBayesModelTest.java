package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveBayesModelTest {

  /**
   * Two EXPLOITATION lessons [again, check] and [again], one EXPLORATION lesson [new]. Vocabulary
   * {again, check, new}: 3. EXPLOITATION has 3 feature occurrences, EXPLORATION 1.
   *
   * <p>For [again, new]: EXPLOITATION 2/3 · (2+1)/(3+3) · (0+1)/(3+3) = 2/3 · 1/2 · 1/6 = 1/18;
   * EXPLORATION 1/3 · (0+1)/(1+3) · (1+1)/(1+3) = 1/3 · 1/4 · 1/2 = 1/24. Posterior EXPLOITATION
   * (1/18) / (1/18 + 1/24) = 4/7.
   */
  @Test
  void matchesAHandComputedPosteriorWithAddOneSmoothing() {
    NaiveBayesModel model =
        NaiveBayesModel.train(
            Facet.TYPE,
            List.of(List.of("again", "check"), List.of("again"), List.of("new")),
            List.of("EXPLOITATION", "EXPLOITATION", "EXPLORATION"),
            List.of(1.0, 1.0, 1.0));

    double[] p = model.probabilities(List.of("again", "new"));

    assertThat(p[Facet.TYPE.labels().indexOf("EXPLOITATION")]).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(p[Facet.TYPE.labels().indexOf("EXPLORATION")]).isCloseTo(3.0 / 7, within(1e-12));
  }

  @Test
  void ignoresFeaturesNeverSeenInTraining() {
    NaiveBayesModel model =
        NaiveBayesModel.train(
            Facet.TYPE,
            List.of(List.of("again"), List.of("new")),
            List.of("EXPLOITATION", "EXPLORATION"),
            List.of(1.0, 1.0));

    assertThat(model.probabilities(List.of("again", "unheard")))
        .containsExactly(model.probabilities(List.of("again")), within(1e-12));
  }

  @Test
  void aLessonWeightedTwiceCountsLikeTwoCopies() {
    NaiveBayesModel weighted =
        NaiveBayesModel.train(
            Facet.TYPE,
            List.of(List.of("again"), List.of("new")),
            List.of("EXPLOITATION", "EXPLORATION"),
            List.of(2.0, 1.0));
    NaiveBayesModel copied =
        NaiveBayesModel.train(
            Facet.TYPE,
            List.of(List.of("again"), List.of("again"), List.of("new")),
            List.of("EXPLOITATION", "EXPLOITATION", "EXPLORATION"),
            List.of(1.0, 1.0, 1.0));

    assertThat(weighted.probabilities(List.of("again", "new")))
        .containsExactly(copied.probabilities(List.of("again", "new")), within(1e-12));
  }
}
