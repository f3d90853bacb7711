package dev.ecsim.workload;

import java.util.Optional;

/**
 * A service under load at one instant: what is offered, what its RUNNING tasks serve, and what
 * that does to each task. {@code utilization} is empty while no task runs: ECS publishes no
 * service datapoint then (docs/ecs-behaviour.md §8, "emitted only while tasks run").
 */
public record LoadSnapshot(double offeredPerSecond, double servedPerSecond, int runningTasks,
    Optional<TaskUtilization> utilization) {

  /** Offered but beyond the running tasks' capacity (dropped or queued upstream; ecsim does not say which). */
  public double unservedPerSecond() {
    return offeredPerSecond - servedPerSecond;
  }
}
