package dev.ecsim.scaling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The scalable target of one service's desired count (Application Auto Scaling,
 * {@code ecs:service:DesiredCount}, docs/ecs-behaviour.md §6): its capacity range, policies and
 * scheduled actions. The service calls {@link #decide} at the end of every minute and sets the
 * desired count it returns. Each call runs the scheduled actions due, then feeds every policy its
 * datapoint and combines what they propose (§6.1):
 * <ul>
 *   <li>any policy can scale out; simultaneous proposals → the largest capacity wins;
 *   <li>a scale-in happens only when no policy scales out; target-tracking policies scale in only
 *       when every one with scale-in enabled proposes it; the largest capacity wins;
 *   <li>capacity stays in [min, max]: below min a scale-out first lifts to min and a scale-in does
 *       nothing; above max a scale-in first lowers to max and a scale-out does nothing;
 *   <li>scheduled actions set min and/or max and push the desired count into range, ignoring
 *       cooldowns.
 * </ul>
 * Invariant: a desired count inside [min, max] stays inside it.
 */
public final class ScalableTarget {
  private final Instant runStart;
  private final List<ScalingPolicy> policies;
  private final List<ScheduledAction> actions;
  private final List<Optional<Instant>> nextFires;
  private int minCapacity;
  private int maxCapacity;
  private OptionalLong lastDecision = OptionalLong.empty();

  /** {@code runStart} is the instant simulated time 0 stands for (the scenario's startTime). */
  public ScalableTarget(AutoScalingSpec spec, Instant runStart) {
    this.runStart = runStart;
    this.minCapacity = spec.minCapacity();
    this.maxCapacity = spec.maxCapacity();
    this.policies = spec.policies().stream().map(ScalableTarget::policy).toList();
    this.actions = spec.scheduledActions().stream().map(a -> new ScheduledAction(a, runStart)).toList();
    this.nextFires = new ArrayList<>();
    for (ScheduledAction a : actions) {
      nextFires.add(a.nextFireAfter(runStart.minusMillis(1)));
    }
  }

  private static ScalingPolicy policy(ScalingPolicySpec spec) {
    if (spec instanceof ScalingPolicySpec.TargetTracking t) {
      return new TargetTrackingPolicy(t);
    }
    return new StepScalingPolicy((ScalingPolicySpec.StepScaling) spec);
  }

  public int minCapacity() {
    return minCapacity;
  }

  public int maxCapacity() {
    return maxCapacity;
  }

  /** The metrics the policies watch: the service need publish only these. */
  public Set<ServiceMetric> metrics() {
    Set<ServiceMetric> out = EnumSet.noneOf(ServiceMetric.class);
    policies.forEach(p -> out.add(p.metric()));
    return out;
  }

  /**
   * One minute: {@code nowMillis} is the end of the minute the observation's datapoints describe,
   * a multiple of one minute after the previous call.
   */
  public Decision decide(long nowMillis, Observation in) {
    if (nowMillis < 0 || nowMillis % MetricAlarm.MINUTE_MILLIS != 0) {
      throw new IllegalArgumentException("decision at " + nowMillis + " ms is not at the end of a minute");
    }
    if (lastDecision.isPresent() && nowMillis <= lastDecision.getAsLong()) {
      throw new IllegalArgumentException("decision at " + nowMillis + " ms is not after the last at "
          + lastDecision.getAsLong() + " ms");
    }
    lastDecision = OptionalLong.of(nowMillis);
    List<ScalingActivity> activities = new ArrayList<>();
    int desired = runScheduledActions(runStart.plusMillis(nowMillis), in.desired(), activities);

    List<Proposal> proposals = new ArrayList<>();
    List<AlarmChange> alarms = new ArrayList<>();
    for (ScalingPolicy p : policies) {
      p.observe(nowMillis, in.running(), desired, in.metric(p.metric())).ifPresent(proposals::add);
      alarms.addAll(p.drainAlarmChanges());
    }
    final int current = desired;
    Optional<Proposal> out = proposals.stream()
        .filter(p -> p.direction() == Direction.OUT && clamp(p.capacity()) > current)
        .reduce((a, b) -> clamp(b.capacity()) > clamp(a.capacity()) ? b : a);
    Optional<Proposal> winner = out.isPresent() || in.scaleInSuspended() ? out : scaleIn(proposals, current);
    if (winner.isPresent()) {
      Proposal p = winner.get();
      int next = clamp(p.capacity());
      p.policy().applied(nowMillis, p, next);
      if (p.direction() == Direction.OUT) {
        policies.forEach(ScalingPolicy::endScaleInCooldown);
      }
      activities.add(new ScalingActivity.PolicyScaling(p.policy().name(), p.policy().type(), p.direction(),
          p.metric(), desired, next, "policy " + p.policy().name() + ": " + p.cause() + range(p.capacity(), next)
          + "; desired count " + desired + " → " + next));
      desired = next;
    }
    return new Decision(desired, minCapacity, maxCapacity, activities, alarms);
  }

  /** The largest scale-in proposed, target-tracking ones only if every such policy agrees. */
  private Optional<Proposal> scaleIn(List<Proposal> proposals, int current) {
    long trackingReady = proposals.stream()
        .filter(p -> p.direction() == Direction.IN && p.policy() instanceof TargetTrackingPolicy).count();
    long tracking = policies.stream()
        .filter(p -> p instanceof TargetTrackingPolicy t && t.scalesIn()).count();
    boolean trackingAgrees = trackingReady == tracking;
    return proposals.stream()
        .filter(p -> p.direction() == Direction.IN && clamp(p.capacity()) < current)
        .filter(p -> trackingAgrees || !(p.policy() instanceof TargetTrackingPolicy))
        .reduce((a, b) -> clamp(b.capacity()) > clamp(a.capacity()) ? b : a);
  }

  /** Runs every scheduled action due by {@code now}, in time order (list order for ties). */
  private int runScheduledActions(Instant now, int desired, List<ScalingActivity> activities) {
    record Due(Instant at, int index) {}
    List<Due> due = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      Optional<Instant> last = Optional.empty();
      Optional<Instant> next = nextFires.get(i);
      while (next.isPresent() && !next.get().isAfter(now)) {
        last = next;
        next = actions.get(i).nextFireAfter(next.get());
      }
      nextFires.set(i, next);
      int index = i;
      last.ifPresent(at -> due.add(new Due(at, index)));
    }
    due.sort(Comparator.comparing(Due::at).thenComparingInt(Due::index));
    for (Due d : due) {
      desired = runScheduledAction(actions.get(d.index()), d.at(), desired, activities);
    }
    return desired;
  }

  private int runScheduledAction(ScheduledAction action, Instant at, int desired, List<ScalingActivity> activities) {
    var spec = action.spec();
    int min = spec.minCapacity().orElse(minCapacity);
    int max = spec.maxCapacity().orElse(maxCapacity);
    String set = "scheduled action " + spec.name() + " (" + spec.schedule().expression() + ", " + spec.timezone()
        + ") at " + at + ": minCapacity " + minCapacity + " → " + min
        + ", maxCapacity " + maxCapacity + " → " + max;
    if (min > max) {
      activities.add(new ScalingActivity.ScheduledChange(spec.name(), spec.minCapacity(), spec.maxCapacity(), false,
          desired, desired, set + " not applied: the minimum would exceed the maximum"));
      return desired;
    }
    minCapacity = min;
    maxCapacity = max;
    int next = clamp(desired);
    activities.add(new ScalingActivity.ScheduledChange(spec.name(), spec.minCapacity(), spec.maxCapacity(), true,
        desired, next, set + "; desired count " + desired + " → " + next));
    return next;
  }

  private int clamp(int capacity) {
    return Math.max(minCapacity, Math.min(maxCapacity, capacity));
  }

  private String range(int proposed, int applied) {
    return proposed == applied ? "" : " (held to [" + minCapacity + ", " + maxCapacity + "])";
  }
}
