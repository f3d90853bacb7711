package dev.ecsim.scaling;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Builders for scaling specs and a driver that plays a service's minutes, for the scaling tests. */
final class Specs {
  static final long MINUTE = 60_000;
  static final long COOLDOWN = 300_000;
  static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

  private Specs() {}

  static ScalingPolicySpec.TargetTracking cpu(String name, double target) {
    return new ScalingPolicySpec.TargetTracking(name, PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION, target,
        COOLDOWN, COOLDOWN, false);
  }

  static ScalingPolicySpec.TargetTracking memory(String name, double target) {
    return new ScalingPolicySpec.TargetTracking(name, PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
        target, COOLDOWN, COOLDOWN, false);
  }

  static AlarmSpec alarm(ComparisonOperator op, double threshold) {
    return new AlarmSpec(ServiceMetric.CPU_UTILIZATION, Statistic.AVERAGE, op, threshold, MINUTE, 1, 1,
        TreatMissingData.MISSING);
  }

  static StepAdjustment step(Double lower, Double upper, int adjustment) {
    return new StepAdjustment(lower == null ? OptionalDouble.empty() : OptionalDouble.of(lower),
        upper == null ? OptionalDouble.empty() : OptionalDouble.of(upper), adjustment);
  }

  static ScalingPolicySpec.StepScaling stepPolicy(String name, AlarmSpec alarm, AdjustmentType type,
      List<StepAdjustment> steps, OptionalInt minMagnitude) {
    return new ScalingPolicySpec.StepScaling(name, alarm, type, steps, minMagnitude, MetricAggregationType.AVERAGE,
        COOLDOWN);
  }

  static ScheduledActionSpec scheduled(String name, String schedule, OptionalInt min, OptionalInt max) {
    return new ScheduledActionSpec(name, Schedule.parse(schedule), ZoneOffset.UTC, Optional.empty(), Optional.empty(),
        min, max);
  }

  static ScalableTarget target(int min, int max, ScalingPolicySpec... policies) {
    return new ScalableTarget(new AutoScalingSpec(min, max, List.of(policies), List.of()), START);
  }

  static Map<ServiceMetric, OptionalDouble> cpuAt(double v) {
    return Map.of(ServiceMetric.CPU_UTILIZATION, OptionalDouble.of(v));
  }

  static Map<ServiceMetric, OptionalDouble> noData() {
    return Map.of();
  }

  /**
   * Plays a service that follows every decision; {@code running} is set by the test (tasks take
   * time to start).
   */
  static final class Service {
    final ScalableTarget target;
    long minute;
    int running;
    int desired;

    Service(ScalableTarget target, int count) {
      this.target = target;
      this.running = count;
      this.desired = count;
    }

    Decision minute(Map<ServiceMetric, OptionalDouble> metrics) {
      minute++;
      Decision d = target.decide(minute * MINUTE, Observation.of(running, desired, metrics));
      desired = d.desiredCount();
      return d;
    }

    /** {@code n} minutes of the same metrics; the last decision. */
    Decision minutes(int n, Map<ServiceMetric, OptionalDouble> metrics) {
      Decision last = null;
      for (int i = 0; i < n; i++) {
        last = minute(metrics);
      }
      return last;
    }

    /** The tasks have started: running catches up with desired. */
    void settle() {
      running = desired;
    }
  }
}
