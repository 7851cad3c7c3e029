package org.learningoffice.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetrainPolicyTest {

  private final RetrainPolicy policy =
      new RetrainPolicy(new ClassifySettings(0.6, Duration.ofDays(90), 2, 0.3, 5));

  @Test
  void isDueOnceRetrainAfterNewCorrectionsArrived() {
    assertThat(policy.isDue(14, 10)).isFalse();
    assertThat(policy.isDue(15, 10)).isTrue();
  }

  @Test
  void isNotDueWithoutNewCorrections() {
    assertThat(policy.isDue(0, 0)).isFalse();
  }
}
