package dev.ecsim.metrics;

/**
 * What a {@link TimeSeries} column measures. A cluster-wide figure is one column; a figure per
 * capacity provider, service or job is one column per entity, named by its prefix plus the
 * entity's name (e.g. {@code cumulativeCostUsd.od-m6i}), as timeseries.csv spells it.
 */
public enum SeriesKind {
  /** Cluster CPUReservation, as ECS defines it: reserved by RUNNING tasks / registered, percent. */
  CPU_RESERVATION_PCT("cpuReservationPct", false),
  MEMORY_RESERVATION_PCT("memoryReservationPct", false),
  /** Cluster CPUUtilization: used / registered, percent. */
  CPU_UTILIZATION_PCT("cpuUtilizationPct", false),
  MEMORY_UTILIZATION_PCT("memoryUtilizationPct", false),
  /** USD per hour being billed at the sample time, per capacity provider. */
  COST_RATE("costRateUsdPerHour.", true),
  /** USD billed since the start of the run, per capacity provider. */
  CUMULATIVE_COST("cumulativeCostUsd.", true),
  /** Instances running (billed) at the sample time, per capacity provider. */
  INSTANCES("instances.", true),
  /**
   * Of those, instances DRAINING at the sample time (still billed), per provider whose scale-in
   * drains busy instances (managed draining on, managed termination protection off).
   */
  INSTANCES_DRAINING("instancesDraining.", true),
  /** The latest CapacityProviderReservation datapoint (percent) of a provider with managed scaling. */
  CAPACITY_PROVIDER_RESERVATION("capacityProviderReservationPct.", true),
  /** A service's desired count at the sample time. */
  SERVICE_DESIRED("serviceDesired.", true),
  /** A service's RUNNING tasks at the sample time. */
  SERVICE_RUNNING("serviceRunning.", true),
  /** A service's tasks started but not RUNNING yet (PROVISIONING, PENDING) at the sample time. */
  SERVICE_PENDING("servicePending.", true),
  /** Requests per second offered to a service at the sample time. */
  SERVICE_OFFERED_LOAD("serviceOfferedLoadPerSecond.", true),
  /** A service's latest one-minute CPUUtilization datapoint (percent; empty while no task ran). */
  SERVICE_CPU_UTILIZATION("serviceCpuUtilizationPct.", true),
  /** Tasks of a job waiting for placement (PROVISIONING) at the sample time. */
  JOB_QUEUE("jobQueue.", true),
  /** Tasks of a job placed and not yet stopped at the sample time. */
  JOB_ACTIVE("jobActive.", true);

  private final String spelling;
  private final boolean perEntity;

  SeriesKind(String spelling, boolean perEntity) {
    this.spelling = spelling;
    this.perEntity = perEntity;
  }

  /** One column per capacity provider, service or job; otherwise one for the cluster. */
  public boolean perEntity() {
    return perEntity;
  }

  /** The column name in timeseries.csv: the whole name, or the prefix before the entity's name. */
  String spelling() {
    return spelling;
  }
}
