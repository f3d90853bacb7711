package dev.ecsim.catalog;

/**
 * What Fargate charges per hour for a task's requested resources: per vCPU and per GB of memory,
 * GB = 1,024 MiB (docs/ecs-behaviour.md §3.2). Both rates are positive and finite.
 */
public record FargateRates(double vcpuHourUsd, double gbHourUsd) {

  public FargateRates {
    requirePrice("vcpuHourUsd", vcpuHourUsd);
    requirePrice("gbHourUsd", gbHourUsd);
  }

  /** USD per hour for a task of {@code cpuUnits} (1 vCPU = 1,024) and {@code memoryMiB}. */
  public double usdPerHour(int cpuUnits, int memoryMiB) {
    return cpuUnits / 1024.0 * vcpuHourUsd + memoryMiB / 1024.0 * gbHourUsd;
  }

  static void requirePrice(String field, double usd) {
    if (!(usd > 0) || Double.isInfinite(usd)) {
      throw new IllegalArgumentException(field + " " + usd + " must be a positive price");
    }
  }
}
