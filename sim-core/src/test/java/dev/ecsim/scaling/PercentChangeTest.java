package dev.ecsim.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * PercentChangeInCapacity rounding, with the figures of docs/ecs-behaviour.md §6.3 (AAS:
 * step-scaling).
 */
class PercentChangeTest {

  @Test
  void roundsAsTheStepScalingGuideSays() {
    assertThat(PercentChange.round(12.7)).isEqualTo(12);
    assertThat(PercentChange.round(0.5)).isEqualTo(1);
    assertThat(PercentChange.round(-0.5)).isEqualTo(-1);
    assertThat(PercentChange.round(-6.67)).isEqualTo(-6);
    assertThat(PercentChange.round(1)).isEqualTo(1);
    assertThat(PercentChange.round(-1)).isEqualTo(-1);
  }

  @Test
  void theWorkedExamplesChanges() {
    // +10 % of 10 = 1; +30 % of 11 = 3.3 -> 3; -10 % of 14 = -1.4 -> -1; -30 % of 13 = -3.9 -> -3.
    assertThat(PercentChange.of(10, 10, OptionalInt.empty())).isEqualTo(1);
    assertThat(PercentChange.of(11, 30, OptionalInt.empty())).isEqualTo(3);
    assertThat(PercentChange.of(14, -10, OptionalInt.empty())).isEqualTo(-1);
    assertThat(PercentChange.of(13, -30, OptionalInt.empty())).isEqualTo(-3);
  }

  @Test
  void minAdjustmentMagnitudeRaisesASmallChange() {
    // AAS: 25 % of 4 tasks is 1; with MinAdjustmentMagnitude 2 the service scales out by 2.
    assertThat(PercentChange.of(4, 25, OptionalInt.of(2))).isEqualTo(2);
    assertThat(PercentChange.of(4, -25, OptionalInt.of(2))).isEqualTo(-2);
    assertThat(PercentChange.of(40, 25, OptionalInt.of(2))).isEqualTo(10);
  }

  @Test
  void aPercentageOfZeroTasksStillMovesByOne() {
    assertThat(PercentChange.of(0, 50, OptionalInt.empty())).isEqualTo(1);
    assertThat(PercentChange.of(7, 0, OptionalInt.of(2))).isZero();
  }
}
