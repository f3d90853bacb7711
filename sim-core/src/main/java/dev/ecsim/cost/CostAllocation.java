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
   * Adds to the task its share of the instance's price over its reservation, from placement until
   * {@code end} (the price integrated when it changes, as with a spot price history), and notes it
   * on the instance's meter, which refunds it if EC2 forgives the instance's bill.
   */
  public static void charge(Task task, Ec2Billing.Meter meter, long end) {
    task.instance().ifPresent(instance -> task.placedAt().ifPresent(placed -> {
      double usd = meter.prices().usd(placed, Math.max(placed, end)) * share(task, instance);
      task.addCost(usd);
      meter.allocated(task.owner(), usd);
    }));
  }
}
