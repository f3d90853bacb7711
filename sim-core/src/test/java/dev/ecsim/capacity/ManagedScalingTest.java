package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Cluster auto scaling decisions, one tick per minute, against figures worked by hand from
 * docs/ecs-behaviour.md §5.2–§5.4 and ecsim decision 3. Defaults unless a test says otherwise:
 * target 100, step 1..10,000, warm-up 300 s; the candidates listed are those the caller lets
 * scale-in take.
 */
class ManagedScalingTest {
  private static final long MINUTE = 60_000;

  private static ManagedScaling scaling() {
    return new ManagedScaling(ManagedScalingSettings.defaults());
  }

  private static ManagedScaling scaling(int target, int minStep, int maxStep) {
    return new ManagedScaling(new ManagedScalingSettings(target, minStep, maxStep, 300_000));
  }

  /** Ids 0..count-1 after {@code first}, standing for candidates in termination order. */
  private static List<Long> ids(long first, int count) {
    return LongStream.range(first, first + count).boxed().toList();
  }

  private static ScalingInput<Long> input(int n, int nonEmpty, int estimate, int min, int max,
      List<Long> candidates) {
    return ScalingInput.of(n, nonEmpty, estimate, min, max, candidates);
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

    // 15th: floor ceil(2 × 100 / 100) = 2, pace max(1, ceil(4 / 2) - 1) = 1 -> the first goes.
    ScalingDecision<Long> fifteenth = s.tick(14 * MINUTE, in);
    assertThat(fifteenth.terminate()).containsExactly(30L);
    assertThat(fifteenth.reason()).startsWith(
        "CapacityProviderReservation 50 < target 100 for 15 datapoints: terminating 1");
  }

  @Test
  void scaleInRemovesLessThanHalfTheGroupPerMinute() {
    // M = 0, N = 10, minSize 0. ECS DG: "more than one instance but less than 50 %" a minute,
    // max(1, ceil(N / 2) - 1): 10 -> 4 go, 6 -> 2, 4 -> 1, 3 -> 1, 2 -> 1, 1 -> 1, then 0 / 0 = 100.
    ManagedScaling s = scaling();
    ScalingDecision<Long> first = lowTicks(s, 15, input(10, 0, 0, 0, 10, ids(0, 10)));
    assertThat(first.terminate()).containsExactly(0L, 1L, 2L, 3L);
    assertThat(s.tick(15 * MINUTE, input(6, 0, 0, 0, 10, ids(4, 6))).terminate())
        .containsExactly(4L, 5L);
    assertThat(s.tick(16 * MINUTE, input(4, 0, 0, 0, 10, ids(6, 4))).terminate())
        .containsExactly(6L);
    assertThat(s.tick(17 * MINUTE, input(3, 0, 0, 0, 10, ids(7, 3))).terminate())
        .containsExactly(7L);
    assertThat(s.tick(18 * MINUTE, input(2, 0, 0, 0, 10, ids(8, 2))).terminate())
        .containsExactly(8L);
    assertThat(s.tick(19 * MINUTE, input(1, 0, 0, 0, 10, ids(9, 1))).terminate())
        .containsExactly(9L);
    ScalingDecision<Long> empty = s.tick(20 * MINUTE, input(0, 0, 0, 0, 10, List.of()));
    assertThat(empty.acts()).isFalse();
    assertThat(s.lowDatapoints()).isZero();
  }

  @Test
  void scaleInPaceWorkedValues() {
    // The largest whole number below N / 2, at least one (ECS DG: cluster-auto-scaling).
    int[][] worked = {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 2}, {6, 2}, {7, 3}, {10, 4}, {11, 5}, {100, 49}};
    for (int[] w : worked) {
      assertThat(ManagedScaling.scaleInPace(w[0])).as("N = %d", w[0]).isEqualTo(w[1]);
    }
  }

  @Test
  void scaleInStopsAtWhatTheTasksNeed() {
    // N = 10, 3 busy: floor ceil(3 × 100 / 100) = 3. Minute 15: min(10 - 3, 4) = 4 go;
    // minute 16: N = 6, min(6 - 3, 2) = 2; minute 17: N = 4, min(4 - 3, 1) = 1; then N = 3 = M.
    ManagedScaling s = scaling();
    assertThat(lowTicks(s, 15, input(10, 3, 0, 0, 10, ids(0, 7))).terminate()).hasSize(4);
    assertThat(s.tick(15 * MINUTE, input(6, 3, 0, 0, 10, ids(4, 3))).terminate()).hasSize(2);
    assertThat(s.tick(16 * MINUTE, input(4, 3, 0, 0, 10, ids(6, 1))).terminate()).hasSize(1);
    ScalingDecision<Long> done = s.tick(17 * MINUTE, input(3, 3, 0, 0, 10, List.of()));
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
    // 10 low datapoints, one at 100 (4 of 4 busy), then 14 low: still no alarm; the 15th fires (pace 1 of N = 4).
    ManagedScaling s = scaling();
    ScalingInput<Long> low = input(4, 2, 0, 0, 10, List.of(30L, 40L));
    lowTicks(s, 10, low);
    s.tick(10 * MINUTE, input(4, 4, 0, 0, 10, List.of()));
    assertThat(s.lowDatapoints()).isZero();
    for (int i = 11; i < 25; i++) {
      assertThat(s.tick(i * MINUTE, low).acts()).as("tick %d", i).isFalse();
    }
    assertThat(s.tick(25 * MINUTE, low).terminate()).containsExactly(30L);
  }

  @Test
  void aDatapointAboveTargetCancelsScaleInAlreadyUnderWay() {
    // §5.4: a CPR above 100 cancels the scale-in; 15 fresh low datapoints are needed again.
    ManagedScaling s = scaling();
    ScalingInput<Long> low = input(10, 0, 0, 0, 20, ids(0, 10));
    assertThat(lowTicks(s, 15, low).terminate()).hasSize(4);
    s.tick(15 * MINUTE, input(6, 6, 1, 0, 20, List.of()));
    assertThat(s.lowDatapoints()).isZero();
    assertThat(s.tick(16 * MINUTE, input(6, 0, 0, 0, 20, ids(0, 6))).acts()).isFalse();
  }

  @Test
  void targetFiftyKeepsTwiceTheNeededInstances() {
    // §5.2: target 50 steers N to 2M; M = 3 wants ceil(3 × 100 / 50) = 6.
    // Up: N = 3, all busy -> CPR 100 > 50 -> launch 6 - 3 = 3.
    ScalingDecision<Long> up = scaling(50, 1, 10_000).tick(0, input(3, 3, 0, 0, 10, List.of()));
    assertThat(up.launch()).isEqualTo(3);
    // Down: N = 8, M = 3 -> CPR 37.5 < 50; floor 6, pace 3 -> 2 of the 5 empty go.
    ManagedScaling s = scaling(50, 1, 10_000);
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
    ScalingDecision<Long> d = scaling(100, 3, 10).tick(0, input(2, 2, 1, 0, 10, List.of()));
    assertThat(d.launch()).isEqualTo(3);
  }

  @Test
  void theMaximumStepLimitsALaunch() {
    // §5.3 step 4: from zero with M = 5, maximum step 2 -> 2; after the warm-up N = 2 (empty,
    // still booting), M = 5 -> CPR 250, desired 5 - 2 = 3, limited to 2 again.
    ManagedScaling s = scaling(100, 1, 2);
    assertThat(s.tick(0, input(0, 0, 5, 0, 10, List.of())).launch()).isEqualTo(2);
    assertThat(s.tick(5 * MINUTE, input(2, 0, 5, 0, 10, List.of())).launch()).isEqualTo(2);
  }

  @Test
  void candidatesAreOrderedOnlyWhenATickTerminatesAndOnlyAsFarAsNeeded() {
    // N = 10, M = 0, 10 candidates: 14 low ticks ask for none; the 15th asks for the pace, 4.
    List<Integer> asked = new java.util.ArrayList<>();
    ScalingInput.Candidates<Long> candidates = new ScalingInput.Candidates<>() {
      @Override
      public int count() {
        return 10;
      }

      @Override
      public List<Long> first(int n) {
        asked.add(n);
        return ids(100, n);
      }
    };
    ManagedScaling s = scaling();
    ScalingInput<Long> in = new ScalingInput<>(10, 0, 0, 0, 10, candidates);
    assertThat(lowTicks(s, 14, in).acts()).isFalse();
    assertThat(asked).isEmpty();
    assertThat(s.tick(14 * MINUTE, in).terminate()).containsExactly(100L, 101L, 102L, 103L);
    assertThat(asked).containsExactly(4);
  }

  @Test
  void nothingRunningAndNothingPendingNeverLaunches() {
    // 0 / 0 reads 100 (§5.2): on target at 100; above a target of 50, but desired 0 -> no launch.
    ScalingDecision<Long> at100 = scaling().tick(0, input(0, 0, 0, 0, 10, List.of()));
    assertThat(at100.acts()).isFalse();
    assertThat(at100.reason()).endsWith("= target 100: no change");
    ScalingDecision<Long> at50 = scaling(50, 1, 10_000).tick(0, input(0, 0, 0, 0, 10, List.of()));
    assertThat(at50.launch()).isZero();
    assertThat(at50.reason()).contains("desired 0 <= N 0");
  }
}
