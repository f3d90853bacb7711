package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of managed scaling over random settings and random minute-by-minute histories in
 * which the group follows every decision (docs/ecs-behaviour.md §5.2–§5.4, ecsim decision 3).
 */
class ManagedScalingProperties {
  private static final long MINUTE = 60_000;

  /** The group's bounds and starting size. */
  record Group(int minSize, int maxSize, int initial) {}

  /**
   * A stretch of minutes with the same load: which share of the group is busy, the PROVISIONING
   * estimate, which share of the empty instances is eligible (the rest still booting). Stretches
   * make the 15-minute low runs that scale-in needs common.
   */
  record Phase(int busyPercent, int estimate, int eligiblePercent, int minutes) {}

  @Provide
  Arbitrary<ManagedScalingSettings> settings() {
    Arbitrary<Integer> target = Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.just(100)), Tuple.of(3, Arbitraries.integers().between(1, 100)));
    Arbitrary<Integer> minStep = Arbitraries.integers().between(1, 5);
    Arbitrary<Integer> extraStep = Arbitraries.integers().between(0, 6);
    Arbitrary<Long> warmup = Arbitraries.longs().between(0, 8).map(m -> m * MINUTE);
    return Combinators.combine(target, minStep, extraStep, warmup)
        .as((t, min, extra, w) -> new ManagedScalingSettings(t, min, min + extra, w));
  }

  @Provide
  Arbitrary<Group> groups() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 6),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 100))
        .as((min, spread, at) -> new Group(min, min + spread, min + spread * at / 100));
  }

  @Provide
  Arbitrary<Phase> phases() {
    Arbitrary<Integer> estimate = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 25)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 100), estimate,
            Arbitraries.integers().between(0, 100), Arbitraries.integers().between(1, 30))
        .as(Phase::new);
  }

  @Property(tries = 500)
  void decisionsRespectSizeStepsCandidatesAndAlarms(
      @ForAll("settings") ManagedScalingSettings settings,
      @ForAll boolean protection,
      @ForAll("groups") Group group,
      @ForAll @Size(min = 1, max = 12) List<@From("phases") Phase> phases) {
    ManagedScaling scaling = new ManagedScaling(settings);
    int n = group.initial();
    int lowRun = 0;
    long nextId = 0;
    List<Phase> history = new ArrayList<>();
    phases.forEach(p -> history.addAll(Collections.nCopies(p.minutes(), p)));
    for (int minute = 0; minute < history.size(); minute++) {
      Phase m = history.get(minute);
      int busy = n * m.busyPercent() / 100;
      int eligible = (n - busy) * m.eligiblePercent() / 100;
      List<String> empty = new ArrayList<>();
      List<String> busyIds = new ArrayList<>();
      for (int i = 0; i < eligible; i++) {
        empty.add("empty-" + nextId++);
      }
      for (int i = 0; i < busy; i++) {
        busyIds.add("busy-" + nextId++);
      }
      // The caller's candidates: empty ones only under protection, else busy ones interleaved.
      List<String> candidates = new ArrayList<>(empty);
      if (!protection) {
        for (int i = 0; i < busyIds.size(); i++) {
          candidates.add(Math.min(2 * i, candidates.size()), busyIds.get(i));
        }
      }
      var input = ScalingInput.of(n, busy, m.estimate(), group.minSize(), group.maxSize(), candidates);
      ScalingDecision<String> d = scaling.tick(minute * MINUTE, input);
      CapacityProviderReservation cpr = input.reservation();
      lowRun = cpr.isBelow(settings.targetCapacity()) ? lowRun + 1 : 0;

      // Size bounds (§5.4: CAS keeps the ASG's min and max).
      assertThat(n + d.launch()).isLessThanOrEqualTo(group.maxSize());
      assertThat(n - d.terminate().size()).isGreaterThanOrEqualTo(group.minSize());

      // Launches only on a high datapoint, within the step bounds when maxSize leaves room.
      if (d.launch() > 0) {
        assertThat(cpr.isAbove(settings.targetCapacity())).isTrue();
        assertThat(d.launch()).isLessThanOrEqualTo(settings.maximumScalingStepSize());
        if (group.maxSize() - n >= settings.minimumScalingStepSize()) {
          assertThat(d.launch()).isGreaterThanOrEqualTo(settings.minimumScalingStepSize());
        }
      }

      // Terminations only with the low alarm in ALARM (15 of 15), the candidates in their order,
      // busy ones only without protection, less than half the group (at least one).
      if (!d.terminate().isEmpty()) {
        assertThat(lowRun).isGreaterThanOrEqualTo(ManagedScaling.LOW_ALARM_DATAPOINTS);
        assertThat(d.terminate().size()).isLessThanOrEqualTo(ManagedScaling.scaleInPace(n));
        assertThat(d.terminate()).isEqualTo(candidates.subList(0, d.terminate().size()));
        if (protection) {
          assertThat(empty).containsAll(d.terminate());
        }
      }
      n += d.launch() - d.terminate().size();
    }
  }

  @Property
  void aHighDatapointOutsideTheWarmUpLaunchesWheneverThereIsRoom(
      @ForAll("settings") ManagedScalingSettings settings,
      @ForAll @IntRange(max = 40) int n,
      @ForAll @IntRange(max = 40) int busyPercent,
      @ForAll @IntRange(max = 30) int estimate,
      @ForAll @IntRange(max = 60) int maxSize) {
    int busy = n * busyPercent / 100;
    var input = ScalingInput.<String>of(n, busy, estimate, 0, Math.max(maxSize, n), List.of());
    // A fresh object has launched nothing, so no warm-up blocks it.
    ScalingDecision<String> d = new ManagedScaling(settings).tick(0, input);
    boolean room = input.maxSize() > n;
    boolean needed = input.reservation().isAbove(settings.targetCapacity()) && input.needed() > 0;
    assertThat(d.launch() > 0).isEqualTo(room && needed);
    if (d.launch() > 0) {
      // The count of §5.3 step 4 with the target of §5.2, capped by maxSize.
      int desired = settings.desiredInstances(input.needed());
      int stepped = Math.max(settings.minimumScalingStepSize(),
          Math.min(settings.maximumScalingStepSize(), desired - n));
      assertThat(d.launch()).isEqualTo(Math.min(stepped, input.maxSize() - n));
    }
  }

  @Property
  void aHighDatapointMeansTheTargetWantsMoreInstancesUnlessNothingIsNeeded(
      @ForAll @IntRange(min = 1, max = 100) int target,
      @ForAll @IntRange(max = 10_000) int m,
      @ForAll @IntRange(max = 10_000) int n) {
    // Why clamping desired - N to the minimum step is safe: above target, desired > N,
    // except for 0 / 0 -> 100 above a target below 100, where desired is 0.
    var cpr = new CapacityProviderReservation(m, n);
    var settings = new ManagedScalingSettings(target, 1, 1, 0);
    if (cpr.isAbove(target) && m > 0) {
      assertThat(settings.desiredInstances(m)).isGreaterThan(n);
    }
    if (cpr.isBelow(target)) {
      assertThat(settings.desiredInstances(m)).isLessThanOrEqualTo(n);
    }
  }

  @Property
  void scaleInPaceIsLessThanHalfAndAtLeastOne(@ForAll @IntRange(max = 100_000) int n) {
    // ECS DG cluster-auto-scaling: each minute fewer than half of the N instances go, at least one;
    // and the pace is the largest such count, so a group never shrinks slower than it may.
    int pace = ManagedScaling.scaleInPace(n);
    assertThat(pace).isGreaterThanOrEqualTo(1);
    if (n >= 3) {
      assertThat(2L * pace).isLessThan(n);
      assertThat(2L * (pace + 1)).isGreaterThanOrEqualTo(n);
    }
  }
}
