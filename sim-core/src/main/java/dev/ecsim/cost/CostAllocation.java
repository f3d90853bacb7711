package dev.ecsim.cost;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;

/**
 * Splits an instance's cost over the tasks on it by their share of its reservation. A task's share
 * weighs CPU and memory equally: 0.5 x cpu/registered CPU + 0.5 x memory/registered memory, for the
 * time its resources are reserved (placement to stop). What no task reserved is the "idle" cost.
 * The equal weights are an ecsim decision (docs/modelling.md).
 */
public final class CostAllocation {
  private CostAllocation() {}

  public static double share(Task task, ContainerInstance instance) {
    return 0.5 * task.cpu() / instance.registeredCpu() + 0.5 * task.memoryMiB() / instance.registeredMemoryMiB();
  }

  /**
   * Adds to the task the cost of its reservation from placement until {@code end}, at one price
   * (with a spot price history, the one in force when it is charged: docs/modelling.md, Cost).
   */
  public static void charge(Task task, double usdPerHour, long end) {
    task.instance().ifPresent(instance -> task.placedAt().ifPresent(placed -> {
      double hours = Math.max(0, end - placed) / 3_600_000.0;
      task.addCost(usdPerHour * hours * share(task, instance));
    }));
  }
}
