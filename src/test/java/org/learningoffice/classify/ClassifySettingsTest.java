package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassifySettingsTest {

  @Test
  void directionIsPreSelectedOnlyFromItsOwnHigherThresholdWhenMinConfidenceIsLower() {
    ClassifySettings settings = ClassifySettings.defaults().withMinConfidence(0.6);

    assertThat(settings.preselectFrom(Facet.UNIT)).isEqualTo(0.6);
    assertThat(settings.preselectFrom(Facet.TYPE)).isEqualTo(0.6);
    assertThat(settings.preselectFrom(Facet.DIRECTION)).isEqualTo(0.97);
  }

  @Test
  void aMinConfidenceAboveDirectionsThresholdHoldsForEveryFacet() {
    ClassifySettings settings = ClassifySettings.defaults().withMinConfidence(0.99);

    for (Facet facet : Facet.values()) {
      assertThat(settings.preselectFrom(facet)).as(facet.key()).isEqualTo(0.99);
    }
  }
}
