package dev.ecsim.workload;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a service's RUNNING tasks make of the load offered to them: pure functions of the offered
 * rate and the running task count R. Load is split evenly over RUNNING tasks (tasks still
 * starting serve nothing); each serves at most {@code capacityPerTaskPerSecond}, which it does at
 * 100 % of its task cpu, and never goes above that (the task-level cpu cap,
 * docs/ecs-behaviour.md §1.6). What does not fit is unserved.
 *
 * @param capacityPerTaskPerSecond requests per second one task serves at 100 % of its cpu
 * @param taskCpuUnits the task definition's cpu (what service CPUUtilization divides by)
 * @param taskMemoryMiB the task definition's memory (its reservation when set,
 * docs/ecs-behaviour.md §8)
 */
public record ServiceLoad(double capacityPerTaskPerSecond, int taskCpuUnits, int taskMemoryMiB, MemoryModel memory) {

  public ServiceLoad {
    if (!(capacityPerTaskPerSecond > 0) || Double.isInfinite(capacityPerTaskPerSecond)) {
      throw new IllegalArgumentException("capacityPerTask must be a finite rate above 0, found " + capacityPerTaskPerSecond);
    }
    if (taskCpuUnits <= 0 || taskMemoryMiB <= 0) {
      throw new IllegalArgumentException(
          "a task under load needs cpu and memory above 0, found " + taskCpuUnits + " units and " + taskMemoryMiB + " MiB");
    }
  }

  /**
   * The instant figures: served = min(offered, R × capacity); CPU % = served ÷ (R × capacity) ×
   * 100; memory % from the memory model. No utilization while R = 0: everything offered is unserved.
   */
  public LoadSnapshot at(double offeredPerSecond, int runningTasks) {
    checkTasks(runningTasks);
    if (!(offeredPerSecond >= 0)) {
      throw new IllegalArgumentException("an offered rate is at least 0, found " + offeredPerSecond);
    }
    if (runningTasks == 0) {
      return new LoadSnapshot(offeredPerSecond, 0, 0, Optional.empty());
    }
    double capacity = runningTasks * capacityPerTaskPerSecond;
    double served = Math.min(offeredPerSecond, capacity);
    double cpuPercent = served / capacity * 100;
    double memoryPercent = memory.utilizationPercent(cpuPercent);
    TaskUtilization each = new TaskUtilization(cpuPercent, memoryPercent,
        taskCpuUnits * cpuPercent / 100, taskMemoryMiB * memoryPercent / 100);
    return new LoadSnapshot(offeredPerSecond, served, runningTasks, Optional.of(each));
  }

  /**
   * The totals over [{@code fromMillis}, {@code toMillis}) with R RUNNING tasks throughout: the
   * caller cuts time at every change of R. Exact for every profile: a task-second at 100 % CPU
   * serves {@code capacityPerTask} requests, so CPU used = served ÷ capacityPerTask × task cpu, and
   * memory used is linear in it.
   */
  public LoadTotals over(LoadProfile profile, long fromMillis, long toMillis, int runningTasks) {
    checkTasks(runningTasks);
    double offered = profile.requests(fromMillis, toMillis);
    if (runningTasks == 0) {
      return new LoadTotals(offered, 0, 0, 0, 0, 0, 0);
    }
    double capacity = runningTasks * capacityPerTaskPerSecond;
    double taskSeconds = runningTasks * (toMillis - fromMillis) / 1000.0;
    // The clipped integral is exact up to rounding; keep rounding from breaking served <= offered.
    double served = Math.min(Math.min(offered, capacityPerTaskPerSecond * taskSeconds),
        Math.max(0, profile.requestsWithin(fromMillis, toMillis, capacity)));
    double busyTaskSeconds = served / capacityPerTaskPerSecond;
    double memoryFraction = (memory.baselinePercent() * taskSeconds + memory.perLoadPercent() * busyTaskSeconds) / 100;
    return new LoadTotals(offered, served, taskSeconds,
        busyTaskSeconds * taskCpuUnits, taskSeconds * taskCpuUnits,
        memoryFraction * taskMemoryMiB, taskSeconds * taskMemoryMiB);
  }

  /** ALB's RequestCountPerTarget: requests served in the period ÷ R; empty while R = 0. */
  public static OptionalDouble requestCountPerTarget(double servedRequests, int runningTasks) {
    checkTasks(runningTasks);
    return runningTasks == 0 ? OptionalDouble.empty() : OptionalDouble.of(servedRequests / runningTasks);
  }

  private static void checkTasks(int runningTasks) {
    if (runningTasks < 0) {
      throw new IllegalArgumentException("a running task count is at least 0, found " + runningTasks);
    }
  }
}
