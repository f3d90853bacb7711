package dev.ecsim.metrics;

/**
 * Column names of {@link TimeSeries}. Per-entity columns are a prefix plus the entity's name, e.g.
 * {@code cumulativeCostUsd.od-m6i} or {@code jobQueue.nightly-etl}, so a chart can pick every
 * provider's series by prefix.
 */
public final class SeriesNames {
  private SeriesNames() {}

  /** Cluster CPUReservation, as ECS defines it: reserved by RUNNING tasks / registered, percent. */
  public static final String CPU_RESERVATION_PCT = "cpuReservationPct";
  public static final String MEMORY_RESERVATION_PCT = "memoryReservationPct";
  /** Cluster CPUUtilization: used / registered, percent. */
  public static final String CPU_UTILIZATION_PCT = "cpuUtilizationPct";
  public static final String MEMORY_UTILIZATION_PCT = "memoryUtilizationPct";

  /** USD per hour being billed at the sample time, per capacity provider. */
  public static final String COST_RATE_PREFIX = "costRateUsdPerHour.";
  /** USD billed since the start of the run, per capacity provider. */
  public static final String CUMULATIVE_COST_PREFIX = "cumulativeCostUsd.";
  /** Instances running (billed) at the sample time, per capacity provider. */
  public static final String INSTANCES_PREFIX = "instances.";
  /**
   * Of those, instances DRAINING at the sample time (still billed), per provider whose scale-in
   * drains busy instances (managed draining on, managed termination protection off).
   */
  public static final String INSTANCES_DRAINING_PREFIX = "instancesDraining.";
  /** The latest CapacityProviderReservation datapoint (percent) of a provider with managed scaling. */
  public static final String CAPACITY_PROVIDER_RESERVATION_PREFIX = "capacityProviderReservationPct.";
  /** A service's desired count at the sample time. */
  public static final String SERVICE_DESIRED_PREFIX = "serviceDesired.";
  /** A service's RUNNING tasks at the sample time. */
  public static final String SERVICE_RUNNING_PREFIX = "serviceRunning.";
  /** A service's tasks started but not RUNNING yet (PROVISIONING, PENDING) at the sample time. */
  public static final String SERVICE_PENDING_PREFIX = "servicePending.";
  /** Requests per second offered to a service at the sample time. */
  public static final String SERVICE_OFFERED_LOAD_PREFIX = "serviceOfferedLoadPerSecond.";
  /** A service's latest one-minute CPUUtilization datapoint (percent; empty while no task ran). */
  public static final String SERVICE_CPU_UTILIZATION_PREFIX = "serviceCpuUtilizationPct.";
  /** Tasks of a job waiting for placement (PROVISIONING) at the sample time. */
  public static final String JOB_QUEUE_PREFIX = "jobQueue.";
  /** Tasks of a job placed and not yet stopped at the sample time. */
  public static final String JOB_ACTIVE_PREFIX = "jobActive.";

  public static String costRate(String provider) {
    return COST_RATE_PREFIX + provider;
  }

  public static String cumulativeCost(String provider) {
    return CUMULATIVE_COST_PREFIX + provider;
  }

  public static String instances(String provider) {
    return INSTANCES_PREFIX + provider;
  }

  public static String instancesDraining(String provider) {
    return INSTANCES_DRAINING_PREFIX + provider;
  }

  public static String capacityProviderReservation(String provider) {
    return CAPACITY_PROVIDER_RESERVATION_PREFIX + provider;
  }

  public static String serviceDesired(String service) {
    return SERVICE_DESIRED_PREFIX + service;
  }

  public static String serviceRunning(String service) {
    return SERVICE_RUNNING_PREFIX + service;
  }

  public static String servicePending(String service) {
    return SERVICE_PENDING_PREFIX + service;
  }

  public static String serviceOfferedLoad(String service) {
    return SERVICE_OFFERED_LOAD_PREFIX + service;
  }

  public static String serviceCpuUtilization(String service) {
    return SERVICE_CPU_UTILIZATION_PREFIX + service;
  }

  public static String jobQueue(String job) {
    return JOB_QUEUE_PREFIX + job;
  }

  public static String jobActive(String job) {
    return JOB_ACTIVE_PREFIX + job;
  }

  /** The entity name of a prefixed column. */
  public static String entity(String column, String prefix) {
    return column.substring(prefix.length());
  }
}
