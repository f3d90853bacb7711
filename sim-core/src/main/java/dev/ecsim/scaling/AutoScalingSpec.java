package dev.ecsim.scaling;

import java.util.List;

/**
 * A service's {@code autoScaling}: the scalable target for its desired count
 * ({@code ecs:service:DesiredCount}, docs/ecs-behaviour.md §6) with its capacity range, scaling
 * policies and scheduled actions.
 */
public record AutoScalingSpec(
    int minCapacity,
    int maxCapacity,
    List<ScalingPolicySpec> policies,
    List<ScheduledActionSpec> scheduledActions) {

  public AutoScalingSpec {
    if (minCapacity < 0 || minCapacity > maxCapacity) {
      throw new IllegalArgumentException("need 0 <= minCapacity <= maxCapacity, found " + minCapacity
          + " and " + maxCapacity);
    }
    policies = List.copyOf(policies);
    scheduledActions = List.copyOf(scheduledActions);
  }
}
