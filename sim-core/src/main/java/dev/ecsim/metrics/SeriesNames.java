package dev.ecsim.metrics;

/**
 * The {@link TimeSeries} columns a run samples, as {@link SeriesKey}s: the cluster-wide ones and,
 * per capacity provider, service or job, the rest. timeseries.csv names each by {@link
 * SeriesKey#column()}, e.g. {@code cumulativeCostUsd.od-m6i} or {@code jobQueue.nightly-etl}.
 */
public final class SeriesNames {
  private SeriesNames() {}

  /** Cluster CPUReservation, as ECS defines it: reserved by RUNNING tasks / registered, percent. */
  public static final SeriesKey CPU_RESERVATION_PCT = SeriesKey.of(SeriesKind.CPU_RESERVATION_PCT);
  public static final SeriesKey MEMORY_RESERVATION_PCT = SeriesKey.of(SeriesKind.MEMORY_RESERVATION_PCT);
  /** Cluster CPUUtilization: used / registered, percent. */
  public static final SeriesKey CPU_UTILIZATION_PCT = SeriesKey.of(SeriesKind.CPU_UTILIZATION_PCT);
  public static final SeriesKey MEMORY_UTILIZATION_PCT = SeriesKey.of(SeriesKind.MEMORY_UTILIZATION_PCT);

  public static SeriesKey costRate(String provider) {
    return SeriesKey.of(SeriesKind.COST_RATE, provider);
  }

  public static SeriesKey cumulativeCost(String provider) {
    return SeriesKey.of(SeriesKind.CUMULATIVE_COST, provider);
  }

  public static SeriesKey instances(String provider) {
    return SeriesKey.of(SeriesKind.INSTANCES, provider);
  }

  public static SeriesKey instancesDraining(String provider) {
    return SeriesKey.of(SeriesKind.INSTANCES_DRAINING, provider);
  }

  public static SeriesKey capacityProviderReservation(String provider) {
    return SeriesKey.of(SeriesKind.CAPACITY_PROVIDER_RESERVATION, provider);
  }

  public static SeriesKey serviceDesired(String service) {
    return SeriesKey.of(SeriesKind.SERVICE_DESIRED, service);
  }

  public static SeriesKey serviceRunning(String service) {
    return SeriesKey.of(SeriesKind.SERVICE_RUNNING, service);
  }

  public static SeriesKey servicePending(String service) {
    return SeriesKey.of(SeriesKind.SERVICE_PENDING, service);
  }

  public static SeriesKey serviceOfferedLoad(String service) {
    return SeriesKey.of(SeriesKind.SERVICE_OFFERED_LOAD, service);
  }

  public static SeriesKey serviceCpuUtilization(String service) {
    return SeriesKey.of(SeriesKind.SERVICE_CPU_UTILIZATION, service);
  }

  public static SeriesKey jobQueue(String job) {
    return SeriesKey.of(SeriesKind.JOB_QUEUE, job);
  }

  public static SeriesKey jobActive(String job) {
    return SeriesKey.of(SeriesKind.JOB_ACTIVE, job);
  }
}
