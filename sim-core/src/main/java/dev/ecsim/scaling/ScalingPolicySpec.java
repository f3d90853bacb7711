package dev.ecsim.scaling;

import java.util.List;
import java.util.OptionalInt;

/** One scaling policy of a service, by its {@code type} (AAS API: PutScalingPolicy). */
public sealed interface ScalingPolicySpec {
  String name();

  PolicyType type();

  /** Keeps a metric at {@code targetValue} (docs/ecs-behaviour.md §6.2 and its ecsim decision). */
  record TargetTracking(
      String name,
      PredefinedMetric predefinedMetric,
      double targetValue,
      long scaleOutCooldownMillis,
      long scaleInCooldownMillis,
      boolean disableScaleIn) implements ScalingPolicySpec {

    @Override
    public PolicyType type() {
      return PolicyType.TARGET_TRACKING_SCALING;
    }
  }

  /**
   * Adjusts capacity by the step the alarm's breach falls in (docs/ecs-behaviour.md §6.3).
   *
   * @param minAdjustmentMagnitude only with PercentChangeInCapacity
   */
  record StepScaling(
      String name,
      AlarmSpec alarm,
      AdjustmentType adjustmentType,
      List<StepAdjustment> stepAdjustments,
      OptionalInt minAdjustmentMagnitude,
      MetricAggregationType metricAggregationType,
      long cooldownMillis) implements ScalingPolicySpec {

    public StepScaling {
      stepAdjustments = List.copyOf(stepAdjustments);
    }

    @Override
    public PolicyType type() {
      return PolicyType.STEP_SCALING;
    }
  }
}
