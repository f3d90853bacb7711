package dev.ecsim.workload;

/**
 * How a task's memory use follows its load (an ecsim choice, docs/modelling.md "Service load"):
 * memory utilization % = baseline + perLoad × CPU utilization / 100. Baseline and perLoad add up
 * to at most 100, so a task never uses more memory than its task definition gives it (ecsim does
 * not model out-of-memory kills).
 *
 * @param baselinePercent memory in use by an idle task, % of the task's memory
 * @param perLoadPercent memory added at 100 % CPU utilization, % of the task's memory
 */
public record MemoryModel(double baselinePercent, double perLoadPercent) {

  /** When a service gives no memory model: half the memory in use, whatever the load. */
  public static final MemoryModel DEFAULT = new MemoryModel(50, 0);

  public MemoryModel {
    if (!(baselinePercent >= 0) || !(perLoadPercent >= 0) || !(baselinePercent + perLoadPercent <= 100)) {
      throw new IllegalArgumentException("baseline and perLoad are at least 0 and add up to at most 100, found "
          + baselinePercent + " and " + perLoadPercent);
    }
  }

  /** Memory utilization % at a CPU utilization % (0 to 100). */
  public double utilizationPercent(double cpuUtilizationPercent) {
    return Math.min(100, baselinePercent + perLoadPercent * cpuUtilizationPercent / 100);
  }
}
