package dev.ecsim.scaling;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the service tells its scalable target at the end of a minute.
 *
 * @param running RUNNING tasks, the base of every scaling rule (docs/ecs-behaviour.md §6.1)
 * @param desired the service's desired count now
 * @param metrics the minute's datapoint of each metric the policies watch; an absent key or an empty
 *     value is a missing datapoint (no task ran)
 * @param scaleInSuspended true while a deployment runs: scale-in pauses, scale-out continues (§6.1)
 */
public record Observation(int running, int desired, Map<ServiceMetric, OptionalDouble> metrics,
    boolean scaleInSuspended) {

  public Observation {
    if (running < 0 || desired < 0) {
      throw new IllegalArgumentException("running " + running + " and desired " + desired + " must not be negative");
    }
    metrics = Map.copyOf(metrics);
  }

  public static Observation of(int running, int desired, Map<ServiceMetric, OptionalDouble> metrics) {
    return new Observation(running, desired, metrics, false);
  }

  public OptionalDouble metric(ServiceMetric metric) {
    return metrics.getOrDefault(metric, OptionalDouble.empty());
  }
}
