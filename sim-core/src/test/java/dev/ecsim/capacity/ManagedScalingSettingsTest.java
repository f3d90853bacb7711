package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Defaults and ranges of ManagedScaling (docs/ecs-behaviour.md §0, §5.2; ECS API: ManagedScaling).
 */
class ManagedScalingSettingsTest {

  @Test
  void defaultsAreTheApiDefaults() {
    // §0: targetCapacity 100; step 1..10,000; warm-up 300 s.
    var d = ManagedScalingSettings.defaults();
    assertThat(d.targetCapacity()).isEqualTo(100);
    assertThat(d.minimumScalingStepSize()).isEqualTo(1);
    assertThat(d.maximumScalingStepSize()).isEqualTo(10_000);
    assertThat(d.instanceWarmupMillis()).isEqualTo(300_000);
  }

  @Test
  void valuesOutsideTheApiRangesAreRefusedWithTheRange() {
    assertThatThrownBy(() -> new ManagedScalingSettings(0, 1, 1, 0))
        .hasMessageContaining("targetCapacity 0").hasMessageContaining("1..100");
    assertThatThrownBy(() -> new ManagedScalingSettings(101, 1, 1, 0))
        .hasMessageContaining("targetCapacity 101");
    assertThatThrownBy(() -> new ManagedScalingSettings(100, 0, 1, 0))
        .hasMessageContaining("minimumScalingStepSize 0").hasMessageContaining("1..10000");
    assertThatThrownBy(() -> new ManagedScalingSettings(100, 1, 10_001, 0))
        .hasMessageContaining("maximumScalingStepSize 10001");
    assertThatThrownBy(() -> new ManagedScalingSettings(100, 5, 4, 0))
        .hasMessageContaining("minimumScalingStepSize 5 must not exceed maximumScalingStepSize 4");
    assertThatThrownBy(() -> new ManagedScalingSettings(100, 1, 1, 10_000_001))
        .hasMessageContaining("0..10000 s");
    assertThat(new ManagedScalingSettings(100, 1, 1, 10_000_000).instanceWarmupMillis())
        .isEqualTo(10_000_000);
  }

  @Test
  void desiredInstancesIsMTimesHundredOverTargetRoundedUp() {
    // §5.2: target 50 -> 2M, so M = 3 wants 6.
    assertThat(settings(50).desiredInstances(3)).isEqualTo(6);
    // 9 × 100 / 90 = 10 exactly; 2 × 100 / 75 = 2.67 -> 3.
    assertThat(settings(90).desiredInstances(9)).isEqualTo(10);
    assertThat(settings(75).desiredInstances(2)).isEqualTo(3);
    assertThat(settings(100).desiredInstances(4)).isEqualTo(4);
    assertThat(settings(100).desiredInstances(0)).isZero();
  }

  private static ManagedScalingSettings settings(int target) {
    return new ManagedScalingSettings(target, 1, 10_000, 300_000);
  }
}
