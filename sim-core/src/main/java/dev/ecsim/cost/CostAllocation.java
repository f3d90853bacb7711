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
   * Adds to the task the cost of its reservation from placement until {@code end} at the instance's
   * prices over that interval: its share of the integral of a spot price history.
   */
  public static void charge(Task task, PriceSchedule prices, long end) {
    task.instance().ifPresent(instance -> task.placedAt().ifPresent(placed ->
        task.addCost(prices.usd(placed, Math.max(placed, end)) * share(task, instance))));
  }

  /** Adds to the task the cost of its reservation from placement until {@code end}, at one price. */
  public static void charge(Task task, double usdPerHour, long end) {
    task.instance().ifPresent(instance -> task.placedAt().ifPresent(placed -> {
      double hours = Math.max(0, end - placed) / 3_600_000.0;
      task.addCost(usdPerHour * hours * share(task, instance));
    }));
  }
}
