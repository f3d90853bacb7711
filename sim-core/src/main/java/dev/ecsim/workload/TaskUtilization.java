package dev.ecsim.workload;

/**
 * What each RUNNING task of a service uses at one instant. Load is split evenly, so every task
 * shows the same figures, and the service's CPUUtilization / MemoryUtilization
 * (docs/ecs-behaviour.md §8: Σ used ÷ (task-definition amount × tasks) × 100) equal the per-task
 * percentages.
 *
 * @param cpuPercent CPU used, % of the task's cpu, 0 to 100 (the task-level cpu cap, §1.6)
 * @param memoryPercent memory used, % of the task's memory, 0 to 100
 * @param cpuUnits CPU units used by one task
 * @param memoryMiB MiB used by one task
 */
public record TaskUtilization(double cpuPercent, double memoryPercent, double cpuUnits, double memoryMiB) {}
