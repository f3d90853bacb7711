package dev.ecsim.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Target tracking (docs/ecs-behaviour.md §6.2, ecsim decision 2): with R running tasks, metric m
 * and target t, a high alarm (m > t on 3 of 3 one-minute datapoints) scales out to ceil(R × m / t)
 * and a low alarm (m < 0.9 × t on 15 of 15) scales in to ceil(R × m / t), the fewest tasks that
 * keep the projected metric at or below the target. Application Auto Scaling ("How target tracking
 * scaling works") does not scale in when removing capacity would likely take the metric above the
 * target, so when that count is R itself nothing is removed. During the scale-out cooldown only
 * a scale-out above the capacity the last one set proceeds; the scale-in cooldown blocks scale-in
 * and ends with any scale-out. From zero running tasks one datapoint with load adds one task
 * (§6.1).
 */
final class TargetTrackingPolicy implements ScalingPolicy {
  static final int SCALE_OUT_DATAPOINTS = 3;
  static final int SCALE_IN_DATAPOINTS = 15;
  /** The low alarm's threshold is 9/10 of the target, computed as t × 9 / 10 so 70 gives 63, not 63.00000000000001. */
  static final int SCALE_IN_TENTHS = 9;

  private final ScalingPolicySpec.TargetTracking spec;
  private final MetricAlarm high;
  private final MetricAlarm low;
  private OptionalLong outCooldownUntil = OptionalLong.empty();
  private int outCooldownCapacity;
  private OptionalLong inCooldownUntil = OptionalLong.empty();

  TargetTrackingPolicy(ScalingPolicySpec.TargetTracking spec) {
    this.spec = spec;
    ServiceMetric metric = spec.predefinedMetric().metric();
    double t = spec.targetValue();
    high = new MetricAlarm(spec.name() + "-AlarmHigh", new AlarmSpec(metric, Statistic.AVERAGE,
        ComparisonOperator.GREATER_THAN_THRESHOLD, t, MetricAlarm.MINUTE_MILLIS, SCALE_OUT_DATAPOINTS,
        SCALE_OUT_DATAPOINTS, TreatMissingData.MISSING));
    low = new MetricAlarm(spec.name() + "-AlarmLow", new AlarmSpec(metric, Statistic.AVERAGE,
        ComparisonOperator.LESS_THAN_THRESHOLD, t * SCALE_IN_TENTHS / 10, MetricAlarm.MINUTE_MILLIS,
        SCALE_IN_DATAPOINTS, SCALE_IN_DATAPOINTS, TreatMissingData.MISSING));
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public ServiceMetric metric() {
    return spec.predefinedMetric().metric();
  }

  @Override
  public PolicyType type() {
    return PolicyType.TARGET_TRACKING_SCALING;
  }

  /** True when this policy may scale in at all (its scale-in portion is enabled). */
  boolean scalesIn() {
    return !spec.disableScaleIn();
  }

  @Override
  public Optional<Proposal> observe(long now, int running, int desired, OptionalDouble value) {
    high.offer(now, value);
    low.offer(now, value);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    double m = value.getAsDouble();
    double t = spec.targetValue();
    String metric = metric().awsName() + " " + Numbers.display(m);
    if (running == 0) {
      // §6.1: from zero target tracking waits one datapoint and adds the minimum (ecsim: one task).
      return m > 0
          ? Optional.of(new Proposal(this, Direction.OUT, 1, m, 0, metric + " with no task running: one task"
              + " (scaling out from zero)"))
          : Optional.empty();
    }
    String product = running + " × " + Numbers.display(m) + " / " + Numbers.format(t);
    if (high.state() == AlarmState.ALARM) {
      int capacity = capacity(Numbers.ceil(running * m / t));
      if (inCooldown(outCooldownUntil, now) && capacity <= outCooldownCapacity) {
        return Optional.empty();
      }
      return Optional.of(new Proposal(this, Direction.OUT, capacity, m, running, "alarm " + high.name()
          + " in ALARM (" + high.describe() + "): " + metric + ", ceil(" + product + ") = " + capacity));
    }
    if (low.state() == AlarmState.ALARM && scalesIn() && !inCooldown(inCooldownUntil, now)) {
      // Scaling in to floor(R × m / t) would leave m above t and bring a scale-out three minutes
      // later; AAS keeps the capacity that holds m at or below t, and none when that is R.
      int capacity = capacity(Numbers.ceil(running * m / t));
      if (capacity >= running) {
        return Optional.empty();
      }
      return Optional.of(new Proposal(this, Direction.IN, capacity, m, running, "alarm " + low.name()
          + " in ALARM (" + low.describe() + "): " + metric + ", ceil(" + product + ") = " + capacity));
    }
    return Optional.empty();
  }

  @Override
  public void applied(long now, Proposal proposal, int newDesired) {
    if (proposal.direction() == Direction.OUT) {
      outCooldownUntil = OptionalLong.of(now + spec.scaleOutCooldownMillis());
      outCooldownCapacity = newDesired;
    } else {
      inCooldownUntil = OptionalLong.of(now + spec.scaleInCooldownMillis());
    }
  }

  @Override
  public void endScaleInCooldown() {
    inCooldownUntil = OptionalLong.empty();
  }

  @Override
  public List<AlarmChange> drainAlarmChanges() {
    List<AlarmChange> out = new ArrayList<>(high.drainChanges());
    out.addAll(low.drainChanges());
    return out;
  }

  /** ecsim choice: a cooldown of C ms started at s is over at s + C. */
  static boolean inCooldown(OptionalLong until, long now) {
    return until.isPresent() && now < until.getAsLong();
  }

  private static int capacity(long c) {
    return (int) Math.min(Integer.MAX_VALUE, c);
  }
}
