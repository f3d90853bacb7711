package dev.ecsim.scenario.read;

import dev.ecsim.scenario.CapacityProviderSpec.ManagedScalingSpec;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import dev.ecsim.scenario.yaml.Quantities;
import java.util.List;
import java.util.Optional;

/**
 * Reads a provider's {@code managedScaling}, {@code managedTerminationProtection} and
 * {@code managedDraining} with the ranges and defaults of the ECS API (ManagedScaling,
 * AutoScalingGroupProvider; docs/ecs-behaviour.md §5.2, §5.4).
 */
final class ManagedScalingReader {
  static final List<String> FIELDS = List.of(
      "status", "targetCapacity", "minimumScalingStepSize", "maximumScalingStepSize", "instanceWarmupPeriod");
  static final List<String> STATUS = List.of("ENABLED", "DISABLED");
  static final int DEFAULT_TARGET_CAPACITY = 100;
  static final int DEFAULT_MIN_STEP = 1;
  static final int DEFAULT_MAX_STEP = 10_000;
  static final long DEFAULT_WARMUP_MILLIS = 300_000;
  static final long MAX_WARMUP_MILLIS = 10_000_000;

  private ManagedScalingReader() {}

  /** The settings when managed scaling is ENABLED (the default status once the mapping is given). */
  static Optional<ManagedScalingSpec> read(Node node) {
    if (!node.present()) {
      return Optional.empty();
    }
    Mapping m = node.mapping(FIELDS);
    String status = m.choice("status", STATUS).orElse("ENABLED");
    int target = m.field("targetCapacity").integer(NumericFields.TARGET_CAPACITY).orElse((long) DEFAULT_TARGET_CAPACITY).intValue();
    int minStep = m.field("minimumScalingStepSize").integer(NumericFields.MIN_SCALING_STEP).orElse((long) DEFAULT_MIN_STEP).intValue();
    int maxStep = m.field("maximumScalingStepSize").integer(NumericFields.MAX_SCALING_STEP).orElse((long) DEFAULT_MAX_STEP).intValue();
    long warmup = m.parse("instanceWarmupPeriod", Quantities::durationMillis).orElse(DEFAULT_WARMUP_MILLIS);
    if (warmup < 0 || warmup > MAX_WARMUP_MILLIS) {
      m.field("instanceWarmupPeriod").error("instanceWarmupPeriod is 0 to " + NumericField.show(MAX_WARMUP_MILLIS / 1000.0)
          + " seconds, found " + NumericField.show(warmup / 1000.0) + " seconds");
    }
    if (minStep > maxStep) {
      m.field("minimumScalingStepSize").error("minimumScalingStepSize " + minStep
          + " exceeds maximumScalingStepSize " + maxStep);
    }
    return status.equals("ENABLED") ? Optional.of(new ManagedScalingSpec(target, minStep, maxStep, warmup))
        : Optional.empty();
  }

  /**
   * Managed termination protection needs managed scaling (ECS API: AutoScalingGroupProvider). Off
   * unless ENABLED, as the API creates a capacity provider (ECS DG: cluster-auto-scaling, "By
   * default, managed termination is off"; docs/ecs-behaviour.md §5.4).
   */
  static boolean terminationProtection(Node node, boolean managedScaling) {
    Optional<String> value = node.choice(STATUS);
    if (value.filter("ENABLED"::equals).isPresent() && !managedScaling) {
      node.error("managedTerminationProtection ENABLED needs managedScaling with status ENABLED");
      return false;
    }
    return value.filter("ENABLED"::equals).isPresent();
  }

  /**
   * Managed instance draining: on unless DISABLED, as the API creates a capacity provider (ECS DG:
   * enable-managed-instance-draining, "on by default when you create a capacity provider").
   */
  static boolean managedDraining(Node node) {
    return node.choice(STATUS).map("ENABLED"::equals).orElse(true);
  }
}
