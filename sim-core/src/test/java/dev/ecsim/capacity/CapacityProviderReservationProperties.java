package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** CPR = M / N × 100 (docs/ecs-behaviour.md §5.2) as exact comparisons. */
class CapacityProviderReservationProperties {

  @Property
  void exactlyOneHundredWhenNeededEqualsPresent(
      @ForAll @IntRange(max = 20_000) int m, @ForAll @IntRange(min = 1, max = 10_000) int n) {
    var cpr = new CapacityProviderReservation(m, n);
    boolean onTarget = !cpr.isAbove(100) && !cpr.isBelow(100);
    assertThat(onTarget).isEqualTo(m == n);
    assertThat(cpr.percent() == 100.0).isEqualTo(m == n);
  }

  @Property
  void aboveAndBelowAgreeWithCrossMultiplication(
      @ForAll @IntRange(max = 20_000) int m, @ForAll @IntRange(min = 1, max = 10_000) int n,
      @ForAll @IntRange(min = 1, max = 100) int target) {
    var cpr = new CapacityProviderReservation(m, n);
    assertThat(cpr.isAbove(target)).isEqualTo(100L * m > (long) target * n);
    assertThat(cpr.isBelow(target)).isEqualTo(100L * m < (long) target * n);
  }

  @Property
  void withNoInstancesAnyNeedReadsTwoHundred(@ForAll @IntRange(min = 1, max = 10_000) int m) {
    assertThat(new CapacityProviderReservation(m, 0).percent()).isEqualTo(200.0);
  }
}
