package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * CPR = M / N × 100 and its edge cases (docs/ecs-behaviour.md §5.2, roadmap #961; ecsim decision
 * 3, §5.4).
 */
class CapacityProviderReservationTest {

  @Test
  void noTasksAndNoInstancesIsExactlyOnTarget() {
    // §5.2: M = N = 0 -> 100.
    var cpr = new CapacityProviderReservation(0, 0);
    assertThat(cpr.percent()).isEqualTo(100.0);
    assertThat(cpr.isAbove(100)).isFalse();
    assertThat(cpr.isBelow(100)).isFalse();
  }

  @Test
  void tasksWithNoInstancesReadTwoHundredSoTheFirstScaleOutFires() {
    // §5.2: M > 0, N = 0 -> 200, whatever M is.
    assertThat(new CapacityProviderReservation(1, 0).percent()).isEqualTo(200.0);
    assertThat(new CapacityProviderReservation(7, 0).percent()).isEqualTo(200.0);
    assertThat(new CapacityProviderReservation(7, 0).isAbove(100)).isTrue();
  }

  @Test
  void eightBusyOfTenReadEighty() {
    // §5.4: 8 of 10 -> 80 under M / N (the 2023 "100 − empty" reading, 98, is UNCONFIRMED).
    var cpr = new CapacityProviderReservation(8, 10);
    assertThat(cpr.percent()).isEqualTo(80.0);
    assertThat(cpr.formatted()).isEqualTo("80");
    assertThat(cpr.isBelow(100)).isTrue();
  }

  @Test
  void moreNeededThanPresentReadsAboveHundred() {
    // 3 needed on 2 instances: 3 / 2 × 100 = 150.
    var cpr = new CapacityProviderReservation(3, 2);
    assertThat(cpr.percent()).isEqualTo(150.0);
    assertThat(cpr.isAbove(100)).isTrue();
  }

  @Test
  void comparisonsAreExactWhereTheValueIsNotAWholePercent() {
    // 2 / 3 × 100 = 66.666...: above 66, below 67; printed to two decimals.
    var cpr = new CapacityProviderReservation(2, 3);
    assertThat(cpr.isAbove(66)).isTrue();
    assertThat(cpr.isBelow(67)).isTrue();
    assertThat(cpr.formatted()).isEqualTo("66.67");
    assertThat(new CapacityProviderReservation(7, 8).formatted()).isEqualTo("87.5");
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new CapacityProviderReservation(-1, 2)).hasMessageContaining("M -1");
  }
}
