package dev.ecsim.scaling;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Step scaling (docs/ecs-behaviour.md §6.3): each period its alarm ends in ALARM, the alarm's
 * evaluated datapoints are aggregated ({@code metricAggregationType}), the step holding (value −
 * threshold) gives the adjustment, applied to the running count. During the cooldown after a
 * scale-out, a further scale-out counts from the base of that first one, so a larger step adds only
 * the difference (+2 then +3 → +1); scale-in waits the cooldown out; a scale-out anywhere cuts a
 * scale-in cooldown short.
 */
final class StepScalingPolicy implements ScalingPolicy {
  private record Cooldown(long until, Direction direction, int base) {}

  private final ScalingPolicySpec.StepScaling spec;
  private final MetricAlarm alarm;
  private Optional<Cooldown> cooldown = Optional.empty();

  StepScalingPolicy(ScalingPolicySpec.StepScaling spec) {
    this.spec = spec;
    this.alarm = new MetricAlarm(spec.name() + "-Alarm", spec.alarm());
  }

  @Override
  public String name() {
    return spec.name();
  }

  @Override
  public ServiceMetric metric() {
    return spec.alarm().metric();
  }

  @Override
  public PolicyType type() {
    return PolicyType.STEP_SCALING;
  }

  @Override
  public Optional<Proposal> observe(long now, int running, int desired, OptionalDouble value) {
    alarm.offer(now, value);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<MetricAlarm.Evaluation> evaluation = alarm.evaluationAt(now)
        .filter(e -> e.state() == AlarmState.ALARM && !e.evaluatedValues().isEmpty());
    if (evaluation.isEmpty()) {
      return Optional.empty();
    }
    List<Double> values = evaluation.get().evaluatedValues();
    double v = spec.metricAggregationType().of(values);
    double threshold = spec.alarm().threshold();
    boolean above = spec.alarm().comparisonOperator().breachesAbove();
    Optional<StepAdjustment> step = StepAdjustment.find(spec.stepAdjustments(), v - threshold, above);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    int a = step.get().scalingAdjustment();
    Optional<Direction> direction = direction(a, desired);
    Optional<Cooldown> active = cooldown.filter(c -> now < c.until());
    if (direction.isEmpty() || (direction.get() == Direction.IN && active.isPresent())) {
      return Optional.empty();
    }
    boolean difference = direction.get() == Direction.OUT
        && active.filter(c -> c.direction() == Direction.OUT).isPresent();
    int base = difference ? active.get().base() : running;
    int capacity = switch (spec.adjustmentType()) {
      case CHANGE_IN_CAPACITY -> base + a;
      case PERCENT_CHANGE_IN_CAPACITY -> base + PercentChange.of(base, a, spec.minAdjustmentMagnitude());
      case EXACT_CAPACITY -> a;
    };
    capacity = Math.max(0, capacity);
    String cause = "alarm " + alarm.name() + " in ALARM (" + alarm.describe() + "): "
        + spec.metricAggregationType().awsName() + " of " + values.stream().map(Numbers::format).toList() + " = "
        + Numbers.display(v) + ", step " + bounds(step.get(), threshold, above) + " → " + adjustment(a) + " on "
        + (difference ? "the cooldown's base of " + base : base + " running") + " = " + capacity;
    return Optional.of(new Proposal(this, direction.get(), capacity, v, base, cause));
  }

  private Optional<Direction> direction(int adjustment, int desired) {
    int sign = spec.adjustmentType() == AdjustmentType.EXACT_CAPACITY
        ? Integer.compare(adjustment, desired) : Integer.signum(adjustment);
    return sign > 0 ? Optional.of(Direction.OUT) : sign < 0 ? Optional.of(Direction.IN) : Optional.empty();
  }

  @Override
  public void applied(long now, Proposal proposal, int newDesired) {
    boolean outCooldownRuns = cooldown.filter(c -> now < c.until() && c.direction() == Direction.OUT).isPresent();
    if (proposal.direction() == Direction.OUT && outCooldownRuns) {
      return; // ecsim choice: the difference belongs to the first scale-out and does not restart its cooldown
    }
    cooldown = Optional.of(new Cooldown(now + spec.cooldownMillis(), proposal.direction(), proposal.base()));
  }

  @Override
  public void endScaleInCooldown() {
    cooldown = cooldown.filter(c -> c.direction() == Direction.OUT);
  }

  @Override
  public List<AlarmChange> drainAlarmChanges() {
    return alarm.drainChanges();
  }

  private String adjustment(int a) {
    return switch (spec.adjustmentType()) {
      case CHANGE_IN_CAPACITY -> (a > 0 ? "+" : "") + a;
      case PERCENT_CHANGE_IN_CAPACITY -> (a > 0 ? "+" : "") + a + " %";
      case EXACT_CAPACITY -> "exactly " + a;
    };
  }

  /** The step as metric values: [60, 70) above the threshold, (30, 40] below it. */
  private static String bounds(StepAdjustment s, double threshold, boolean above) {
    String lo = Numbers.format(threshold + s.lowerBound().orElse(Double.NEGATIVE_INFINITY));
    String hi = Numbers.format(threshold + s.upperBound().orElse(Double.POSITIVE_INFINITY));
    return above ? "[" + lo + ", " + hi + ")" : "(" + lo + ", " + hi + "]";
  }
}
