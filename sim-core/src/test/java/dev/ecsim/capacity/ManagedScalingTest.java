package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Cluster auto scaling decisions, one tick per minute, against figures worked by hand from
 * reference §5.2–§5.4 and ecsim decision 3. Defaults unless a test says otherwise: target 100,
 * step 1..10,000, warm-up 300 s, managed termination protection on.
 */
class ManagedScalingTest {
  private static final long MINUTE = 60_000;

  private static ManagedScaling scaling() {
    return new ManagedScaling(ManagedScalingSettings.defaults());
  }

  private static ManagedScaling scaling(int target, int minStep, int maxStep, boolean protection) {
    return new ManagedScaling(
        new ManagedScalingSettings(target, minStep, maxStep, 300_000, protection));
  }

  /** Ids 0..count-1 after {@code first}, standing for empty instances in termination order. */
  private static List<Long> ids(long first, int count) {
    return LongStream.range(first, first + count).boxed().toList();
  }

  private static ScalingInput<Long> input(int n, int nonEmpty, int estimate, int min, int max,
      List<Long> empty) {
    return ScalingInput.protectedGroup(n, nonEmpty, estimate, min, max, empty);
  }

  /** Feeds {@code ticks} identical low datapoints from time 0; returns the last decision. */
  private static ScalingDecision<Long> lowTicks(ManagedScaling s, int ticks, ScalingInput<Long> in) {
    ScalingDecision<Long> last = null;
    for (int i = 0; i < ticks; i++) {
      last = s.tick(i * MINUTE, in);
    }
    return last;
  }

  @Test
  void fromZeroTheFirstTickLaunchesTheEstimate() {
    // §5.2: N = 0, M = 3 -> CPR 200 > 100; desired ceil(3 × 100 / 100) = 3, so 3 launch.
    ScalingDecision<Long> d = scaling().tick(0, input(0, 0, 3, 0, 10, List.of()));
    assertThat(d.reservation().percent()).isEqualTo(200.0);
    assertThat(d.launch()).isEqualTo(3);
    assertThat(d.terminate()).isEmpty();
    assertThat(d.reason()).startsWith("CapacityProviderReservation 200 > target 100: launching 3");
  }

  @Test
  void noFurtherScaleOutUntilTheWarmUpHasPassed() {
    // §5.3 step 5. t = 0: launch 3. More tasks arrive: M = 5 on N = 3 (booting) -> CPR 166.67.
    ManagedScaling s = scaling();
    assertThat(s.tick(0, input(0, 0, 3, 0, 10, List.of())).launch()).isEqualTo(3);
    ScalingInput<Long> more = input(3, 0, 5, 0, 10, List.of(0L, 1L, 2L));

    ScalingDecision<Long> early = s.tick(MINUTE, more);
    assertThat(early.reservation().formatted()).isEqualTo("166.67");
    assertThat(early.launch()).isZero();
    assertThat(early.reason()).contains("warm up until 300 s");
    assertThat(s.tick(4 * MINUTE, more).launch()).isZero();

    // t = 300 s: the instances are 300 s old, warm-up over; desired 5 - N 3 = 2.
    assertThat(s.tick(5 * MINUTE, more).launch()).isEqualTo(2);
    // That launch starts a new warm-up.
    assertThat(s.tick(6 * MINUTE, input(5, 0, 7, 0, 10, ids(0, 5))).launch()).isZero();
  }

  @Test
  void scaleInWaitsForFifteenLowDatapoints() {
    // N = 4, two busy, nothing pending: CPR 2 / 4 × 100 = 50 < 100. §5.2: low alarm 15 of 15.
    ManagedScaling s = scaling();
    ScalingInput<Long> in = input(4, 2, 0, 0, 10, List.of(30L, 40L));
    ScalingDecision<Long> fourteenth = lowTicks(s, 14, in);
    assertThat(fourteenth.acts()).isFalse();
    assertThat(fourteenth.reason()).endsWith("low datapoint 14 of 15");

    // 15th: floor ceil(2 × 100 / 100) = 2, pace max(1, floor(4 / 2)) = 2 -> both empty go.
    ScalingDecision<Long> fifteenth = s.tick(14 * MINUTE, in);
    assertThat(fifteenth.terminate()).containsExactly(30L, 40L);
    assertThat(fifteenth.reason()).startsWith(
        "CapacityProviderReservation 50 < target 100 for 15 datapoints: terminating 2");
  }

  @Test
  void scaleInRemovesAtMostHalfTheGroupPerMinute() {
    // M = 0, N = 10, minSize 0: pace max(1, floor(N / 2)) (ecsim decision 3):
    // 10 -> 5 go, 5 -> 2, 3 -> 1, 2 -> 1, 1 -> 1 (at least one), then 0 / 0 = 100 ends it.
    ManagedScaling s = scaling();
    ScalingDecision<Long> first = lowTicks(s, 15, input(10, 0, 0, 0, 10, ids(0, 10)));
    assertThat(first.terminate()).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(s.tick(15 * MINUTE, input(5, 0, 0, 0, 10, ids(5, 5))).terminate())
        .containsExactly(5L, 6L);
    assertThat(s.tick(16 * MINUTE, input(3, 0, 0, 0, 10, ids(7, 3))).terminate())
        .containsExactly(7L);
    assertThat(s.tick(17 * MINUTE, input(2, 0, 0, 0, 10, ids(8, 2))).terminate())
        .containsExactly(8L);
    assertThat(s.tick(18 * MINUTE, input(1, 0, 0, 0, 10, ids(9, 1))).terminate())
        .containsExactly(9L);
    ScalingDecision<Long> empty = s.tick(19 * MINUTE, input(0, 0, 0, 0, 10, List.of()));
    assertThat(empty.acts()).isFalse();
    assertThat(s.lowDatapoints()).isZero();
  }

  @Test
  void scaleInStopsAtWhatTheTasksNeed() {
    // N = 10, 3 busy: floor ceil(3 × 100 / 100) = 3. Minute 15: min(10 - 3, 5) = 5 go;
    // minute 16: N = 5, min(5 - 3, 2) = 2 go; minute 17: N = 3 = M -> CPR 100, nothing.
    ManagedScaling s = scaling();
    assertThat(lowTicks(s, 15, input(10, 3, 0, 0, 10, ids(0, 7))).terminate()).hasSize(5);
    assertThat(s.tick(15 * MINUTE, input(5, 3, 0, 0, 10, ids(5, 2))).terminate()).hasSize(2);
    ScalingDecision<Long> done = s.tick(16 * MINUTE, input(3, 3, 0, 0, 10, List.of()));
    assertThat(done.reservation().percent()).isEqualTo(100.0);
    assertThat(done.acts()).isFalse();
  }

  @Test
  void scaleInStopsAtMinSize() {
    // M = 0, N = 10, minSize 8: floor max(0, 8) = 8 -> 2 go, then nothing while CPR stays 0.
    ManagedScaling s = scaling();
    assertThat(lowTicks(s, 15, input(10, 0, 0, 8, 10, ids(0, 10))).terminate())
        .containsExactly(0L, 1L);
    ScalingDecision<Long> atMin = s.tick(15 * MINUTE, input(8, 0, 0, 8, 10, ids(2, 8)));
    assertThat(atMin.acts()).isFalse();
    assertThat(atMin.reason()).contains("nothing to terminate");
  }

  @Test
  void aDatapointAtTargetRestartsTheCount() {
    // 10 low datapoints, one at 100 (4 of 4 busy), then 14 low: still no alarm; the 15th fires.
    ManagedScaling s = scaling();
    ScalingInput<Long> low = input(4, 2, 0, 0, 10, List.of(30L, 40L));
    lowTicks(s, 10, low);
    s.tick(10 * MINUTE, input(4, 4, 0, 0, 10, List.of()));
    assertThat(s.lowDatapoints()).isZero();
    for (int i = 11; i < 25; i++) {
      assertThat(s.tick(i * MINUTE, low).acts()).as("tick %d", i).isFalse();
    }
    assertThat(s.tick(25 * MINUTE, low).terminate()).containsExactly(30L, 40L);
  }

  @Test
  void aDatapointAboveTargetCancelsScaleInAlreadyUnderWay() {
    // §5.4: a CPR above 100 cancels the scale-in; 15 fresh low datapoints are needed again.
    ManagedScaling s = scaling();
    ScalingInput<Long> low = input(10, 0, 0, 0, 20, ids(0, 10));
    assertThat(lowTicks(s, 15, low).terminate()).hasSize(5);
    s.tick(15 * MINUTE, input(5, 5, 1, 0, 20, List.of()));
    assertThat(s.lowDatapoints()).isZero();
    assertThat(s.tick(16 * MINUTE, input(6, 0, 0, 0, 20, ids(0, 6))).acts()).isFalse();
  }

  @Test
  void targetFiftyKeepsTwiceTheNeededInstances() {
    // §5.2: target 50 steers N to 2M; M = 3 wants ceil(3 × 100 / 50) = 6.
    // Up: N = 3, all busy -> CPR 100 > 50 -> launch 6 - 3 = 3.
    ScalingDecision<Long> up = scaling(50, 1, 10_000, true).tick(0, input(3, 3, 0, 0, 10, List.of()));
    assertThat(up.launch()).isEqualTo(3);
    // Down: N = 8, M = 3 -> CPR 37.5 < 50; floor 6, pace 4 -> 2 of the 5 empty go.
    ManagedScaling s = scaling(50, 1, 10_000, true);
    ScalingDecision<Long> down = lowTicks(s, 15, input(8, 3, 0, 0, 10, ids(0, 5)));
    assertThat(down.reservation().formatted()).isEqualTo("37.5");
    assertThat(down.terminate()).containsExactly(0L, 1L);
  }

  @Test
  void maxSizeCapsALaunch() {
    // From zero, M = 20 -> desired 20, but maxSize 5 -> 5.
    ManagedScaling s = scaling();
    assertThat(s.tick(0, input(0, 0, 20, 0, 5, List.of())).launch()).isEqualTo(5);
    // After the warm-up the group is at maxSize: CPR 20 / 5 × 100 = 400, yet nothing launches.
    ScalingDecision<Long> full = s.tick(5 * MINUTE, input(5, 5, 15, 0, 5, List.of()));
    assertThat(full.reservation().percent()).isEqualTo(400.0);
    assertThat(full.launch()).isZero();
    assertThat(full.reason()).contains("group at maxSize");
  }

  @Test
  void theMinimumStepRaisesASmallLaunch() {
    // §5.3 step 4: N = 2 busy + estimate 1 -> M = 3, desired 3, 1 short; minimum step 3 -> 3.
    ScalingDecision<Long> d = scaling(100, 3, 10, true).tick(0, input(2, 2, 1, 0, 10, List.of()));
    assertThat(d.launch()).isEqualTo(3);
  }

  @Test
  void theMaximumStepLimitsALaunch() {
    // §5.3 step 4: from zero with M = 5, maximum step 2 -> 2; after the warm-up N = 2 (empty,
    // still booting), M = 5 -> CPR 250, desired 5 - 2 = 3, limited to 2 again.
    ManagedScaling s = scaling(100, 1, 2, true);
    assertThat(s.tick(0, input(0, 0, 5, 0, 10, List.of())).launch()).isEqualTo(2);
    assertThat(s.tick(5 * MINUTE, input(2, 0, 5, 0, 10, List.of())).launch()).isEqualTo(2);
  }

  @Test
  void withoutProtectionBusyInstancesFollowTheEmptyOnes() {
    // N = 4: 1 busy, 1 empty and registered, 2 booting (empty, not eligible). M = 1: floor 1,
    // pace 2, room 3 -> 2 to go. Protected: only the one empty instance; unprotected: it, then
    // the busy one (§5.4: the ASG may pick busy instances when protection is off).
    ScalingInput<String> in = new ScalingInput<>(4, 1, 0, 0, 10, List.of("empty"), List.of("busy"));
    ScalingDecision<String> guarded = null;
    ScalingDecision<String> open = null;
    ManagedScaling on = scaling(100, 1, 10_000, true);
    ManagedScaling off = scaling(100, 1, 10_000, false);
    for (int i = 0; i < 15; i++) {
      guarded = on.tick(i * MINUTE, in);
      open = off.tick(i * MINUTE, in);
    }
    assertThat(guarded.terminate()).containsExactly("empty");
    assertThat(open.terminate()).containsExactly("empty", "busy");
  }

  @Test
  void nothingRunningAndNothingPendingNeverLaunches() {
    // 0 / 0 reads 100 (§5.2): on target at 100; above a target of 50, but desired 0 -> no launch.
    ScalingDecision<Long> at100 = scaling().tick(0, input(0, 0, 0, 0, 10, List.of()));
    assertThat(at100.acts()).isFalse();
    assertThat(at100.reason()).endsWith("= target 100: no change");
    ScalingDecision<Long> at50 = scaling(50, 1, 10_000, true).tick(0, input(0, 0, 0, 0, 10, List.of()));
    assertThat(at50.launch()).isZero();
    assertThat(at50.reason()).contains("desired 0 <= N 0");
  }
}
