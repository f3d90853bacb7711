package dev.ecsim.capacity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Cluster auto scaling for one capacity provider with managed scaling on
 * (docs/ecs-behaviour.md §5.2–§5.4, ecsim decision 3). Call {@link #tick} once a minute, the
 * metric's period; each call is one CapacityProviderReservation datapoint. State: the run of low
 * datapoints (the scale-in alarm) and when scaling last launched instances (the warm-up block).
 * Invariants: a launch never takes the group above maxSize and a termination never below minSize.
 */
public final class ManagedScaling {

  /**
   * The low alarm: 15 of 15 one-minute datapoints below target (docs/ecs-behaviour.md §0, §5.2).
   */
  public static final int LOW_ALARM_DATAPOINTS = 15;

  private final ManagedScalingSettings settings;
  private int lowDatapoints;
  private OptionalLong lastLaunchAt = OptionalLong.empty();

  public ManagedScaling(ManagedScalingSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public ManagedScalingSettings settings() {
    return settings;
  }

  /** Consecutive datapoints below target, counted up to 15, where the low alarm fires. */
  public int lowDatapoints() {
    return lowDatapoints;
  }

  /**
   * Publishes this minute's datapoint and decides. The high alarm fires on 1 of 1 datapoint above
   * target (§5.2), so a scale-out needs no history; the low alarm needs 15 in a row, and any
   * datapoint at or above target breaks the run (a CPR above target cancels scale-in, §5.4).
   * Launches are assumed to happen at {@code nowMillis}: the warm-up runs from then.
   */
  public <I> ScalingDecision<I> tick(long nowMillis, ScalingInput<I> input) {
    if (lastLaunchAt.isPresent() && nowMillis < lastLaunchAt.getAsLong()) {
      throw new IllegalArgumentException(
          "tick at " + nowMillis + " ms is before the last launch at " + lastLaunchAt.getAsLong());
    }
    CapacityProviderReservation cpr = input.reservation();
    int target = settings.targetCapacity();
    if (!cpr.isBelow(target)) {
      lowDatapoints = 0;
    }
    if (cpr.isAbove(target)) {
      return scaleOut(nowMillis, input, cpr);
    }
    String head = "CapacityProviderReservation " + cpr.formatted();
    if (!cpr.isBelow(target)) {
      return hold(cpr, head + " = target " + target + ": no change");
    }
    lowDatapoints = Math.min(lowDatapoints + 1, LOW_ALARM_DATAPOINTS);
    head += " < target " + target;
    if (lowDatapoints < LOW_ALARM_DATAPOINTS) {
      return hold(cpr, head + ": low datapoint " + lowDatapoints + " of " + LOW_ALARM_DATAPOINTS);
    }
    return scaleIn(input, cpr, head);
  }

  private <I> ScalingDecision<I> scaleOut(
      long nowMillis, ScalingInput<I> input, CapacityProviderReservation cpr) {
    String head = "CapacityProviderReservation " + cpr.formatted() + " > target "
        + settings.targetCapacity();
    int n = input.instances();
    int desired = settings.desiredInstances(input.needed());
    if (desired <= n) {
      // Only 0 / 0 -> 100 above a target below 100 gets here: nothing runs, nothing is needed.
      return hold(cpr, head + ": no launch, desired " + desired + " <= N " + n);
    }
    if (inWarmup(nowMillis)) {
      long until = lastLaunchAt.getAsLong() + settings.instanceWarmupMillis();
      return hold(cpr, head + ": no launch, instances launched at " + seconds(lastLaunchAt.getAsLong())
          + " warm up until " + seconds(until));
    }
    // §5.3 step 4: at least the minimum step, at most the maximum step; the ASG's maxSize last.
    int stepped = Math.max(settings.minimumScalingStepSize(),
        Math.min(settings.maximumScalingStepSize(), desired - n));
    int launch = Math.max(0, Math.min(stepped, input.maxSize() - n));
    String why = " (desired " + desired + " = ceil(M " + input.needed() + " * 100 / "
        + settings.targetCapacity() + "), N " + n + ", estimate " + input.provisioningEstimate()
        + ", step " + settings.minimumScalingStepSize() + ".." + settings.maximumScalingStepSize()
        + ", maxSize " + input.maxSize() + ")";
    if (launch == 0) {
      return hold(cpr, head + ": no launch, group at maxSize" + why);
    }
    lastLaunchAt = OptionalLong.of(nowMillis);
    return new ScalingDecision<>(cpr, launch, List.of(), head + ": launching " + launch + why);
  }

  private <I> ScalingDecision<I> scaleIn(
      ScalingInput<I> input, CapacityProviderReservation cpr, String head) {
    int n = input.instances();
    int floor = Math.max(settings.desiredInstances(input.needed()), input.minSize());
    int pace = scaleInPace(n);
    int eligible = input.candidates().count();
    int count = Math.max(0, Math.min(Math.min(n - floor, pace), eligible));
    String why = " (floor " + floor + " = max(ceil(M " + input.needed() + " * 100 / "
        + settings.targetCapacity() + "), minSize " + input.minSize() + "), N " + n
        + ", at most " + pace + " per minute, " + eligible + " eligible)";
    head += " for " + LOW_ALARM_DATAPOINTS + " datapoints";
    if (count == 0) {
      return hold(cpr, head + ": nothing to terminate" + why);
    }
    List<I> chosen = List.copyOf(input.candidates().first(count));
    return new ScalingDecision<>(cpr, 0, chosen, head + ": terminating " + count + why);
  }

  /**
   * The most instances one scale-in minute removes from a group of {@code n}: ECS DG
   * cluster-auto-scaling, "more than one instance but less than 50 %" of them each minute, read as
   * the largest whole number below n / 2, at least one: max(1, ceil(n / 2) - 1), so 10 -> 4,
   * 5 -> 2, 4 -> 1, 3 -> 1, 2 -> 1, 1 -> 1 (ecsim decision 3, docs/modelling.md).
   */
  public static int scaleInPace(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("N " + n + " must not be negative");
    }
    return Math.max(1, (n + 1) / 2 - 1);
  }

  private boolean inWarmup(long nowMillis) {
    // ecsim choice: an instance whose age equals the warm-up period has finished warming up.
    return lastLaunchAt.isPresent()
        && nowMillis - lastLaunchAt.getAsLong() < settings.instanceWarmupMillis();
  }

  private static <I> ScalingDecision<I> hold(CapacityProviderReservation cpr, String reason) {
    return new ScalingDecision<>(cpr, 0, List.of(), reason);
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0
        ? millis / 1000 + " s"
        : String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
  }
}
