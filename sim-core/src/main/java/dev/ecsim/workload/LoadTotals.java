package dev.ecsim.workload;

import java.util.OptionalDouble;

/**
 * A service's load summed over time (one interval, a metrics period or a whole run). Totals of
 * consecutive intervals add up ({@link #plus}), so period figures are exact however often the
 * running task count changes.
 *
 * @param offeredRequests requests offered
 * @param servedRequests requests served by RUNNING tasks
 * @param taskSeconds RUNNING tasks × seconds
 * @param cpuUnitSecondsUsed CPU units used × seconds, over every task
 * @param cpuUnitSecondsReserved task cpu × taskSeconds
 * @param memoryMiBSecondsUsed MiB used × seconds, over every task
 * @param memoryMiBSecondsReserved task memory × taskSeconds
 */
public record LoadTotals(double offeredRequests, double servedRequests, double taskSeconds,
    double cpuUnitSecondsUsed, double cpuUnitSecondsReserved,
    double memoryMiBSecondsUsed, double memoryMiBSecondsReserved) {

  public static final LoadTotals ZERO = new LoadTotals(0, 0, 0, 0, 0, 0, 0);

  public LoadTotals plus(LoadTotals o) {
    return new LoadTotals(offeredRequests + o.offeredRequests, servedRequests + o.servedRequests,
        taskSeconds + o.taskSeconds, cpuUnitSecondsUsed + o.cpuUnitSecondsUsed,
        cpuUnitSecondsReserved + o.cpuUnitSecondsReserved, memoryMiBSecondsUsed + o.memoryMiBSecondsUsed,
        memoryMiBSecondsReserved + o.memoryMiBSecondsReserved);
  }

  public double unservedRequests() {
    return Math.max(0, offeredRequests - servedRequests);
  }

  /** Unserved ÷ offered; empty when nothing was offered. */
  public OptionalDouble unservedFraction() {
    return offeredRequests > 0 ? OptionalDouble.of(unservedRequests() / offeredRequests) : OptionalDouble.empty();
  }

  /** Service CPUUtilization over the totals (docs/ecs-behaviour.md §8); empty when no task ran. */
  public OptionalDouble cpuUtilizationPercent() {
    return ratio(cpuUnitSecondsUsed, cpuUnitSecondsReserved);
  }

  /**
   * Service MemoryUtilization over the totals (docs/ecs-behaviour.md §8); empty when no task ran.
   */
  public OptionalDouble memoryUtilizationPercent() {
    return ratio(memoryMiBSecondsUsed, memoryMiBSecondsReserved);
  }

  /**
   * ALB's RequestCountPerTarget for a period of {@code periodMillis}: served requests ÷ targets,
   * with the target count averaged over the period (taskSeconds ÷ period length; an ecsim choice
   * for a count that changes within the period). Empty when no task ran.
   */
  public OptionalDouble requestCountPerTarget(long periodMillis) {
    if (taskSeconds <= 0 || periodMillis <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(servedRequests / (taskSeconds / (periodMillis / 1000.0)));
  }

  private static OptionalDouble ratio(double used, double reserved) {
    return reserved > 0 ? OptionalDouble.of(Math.min(100, used / reserved * 100)) : OptionalDouble.empty();
  }
}
