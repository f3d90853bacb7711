package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OneTwoFiveLogAxisTest {

  @Test
  void ticksAtOneTwoFiveTimesPowersOfTenWithinTheRange() {
    assertThat(OneTwoFiveLogAxis.tickValues(4, 3500))
        .containsExactly(5, 10, 20, 50, 100, 200, 500, 1000, 2000);
  }

  @Test
  void belowOneTheTicksAreExactDecimals() {
    assertThat(OneTwoFiveLogAxis.tickValues(0.15, 0.6)).containsExactly(0.2, 0.5);
  }

  @Test
  void pastFourDecadesOnlyPowersOfTen() {
    assertThat(OneTwoFiveLogAxis.tickValues(1, 1e6))
        .containsExactly(1, 10, 100, 1000, 10_000, 100_000, 1_000_000);
  }

  @Test
  void aRangeMustBePositive() {
    assertThatThrownBy(() -> OneTwoFiveLogAxis.tickValues(0, 10)).hasMessageContaining("0 <");
  }
}
