package dev.ecsim.scenario;

import dev.ecsim.workload.Distribution;
import java.util.List;

/**
 * A stream of standalone tasks (RunTask): when they arrive, how long each runs, and where.
 * An empty strategy means the cluster's default strategy.
 */
public record JobSpec(
    String name,
    String taskDefinition,
    ArrivalSpec arrivals,
    Distribution duration,
    List<StrategyItem> capacityProviderStrategy,
    OnInterruption onInterruption) {

  public enum OnInterruption implements Spelled {
    RETRY, FAIL
  }

  /** The task group ECS gives a standalone task without an explicit group. */
  public String group() {
    return "family:" + taskDefinition;
  }
}
