package org.driftgraph.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StableScoresTest {
  @Test
  void theLastBitsOfAParallelSumAreDropped() {
    assertThat(StableScores.stable(23.000000000000004)).isEqualTo(23.0);
    assertThat(StableScores.stable(0.1 + 0.2)).isEqualTo(0.3);
    assertThat(StableScores.stable(23.000000000000004)).isEqualTo(StableScores.stable(23.0));
  }

  @Test
  void meaningfulDigitsStay() {
    assertThat(StableScores.stable(0.004725657195670933)).isEqualTo(0.00472565719567);
    assertThat(StableScores.stable(50.5)).isEqualTo(50.5);
    assertThat(StableScores.stable(1.0e-9 + 2.0e-21)).isEqualTo(1.0e-9);
    assertThat(StableScores.stable(0.0)).isZero();
  }
}
