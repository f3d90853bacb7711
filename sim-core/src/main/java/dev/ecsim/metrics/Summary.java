package dev.ecsim.metrics;

import java.io.Serializable;
import java.util.Map;

/**
 * The end-of-run figures, field for field the {@code summary.json} contract: simulated results only,
 * so the same scenario and seed give byte-identical JSON (how long the run took is in {@code
 * run.json}). Maps are sorted by name for the same reason.
 *
 * <p>Serializable, records and maps alike, so a run played elsewhere (a Spark task of a distributed
 * sweep) sends its figures back typed, never as summary.json read back.
 */
public record Summary(
    int schemaVersion,
    String scenario,
    long seed,
    int replications,
    double horizonSeconds,
    long events,
    Cost cost,
    Cluster cluster,
    Tasks tasks,
    Map<String, ServiceFigures> services,
    Map<String, JobFigures> jobs,
    Spot spot,
    Map<String, StartLatency> startLatency,
    PlacementFailures placementFailures) implements Serializable {

  public static final int SCHEMA_VERSION = 1;

  /**
   * A summary without placement failures counted by reason (hand-made summaries in tests, and
   * callers written before the field existed): none.
   */
  public Summary(int schemaVersion, String scenario, long seed, int replications, double horizonSeconds, long events,
      Cost cost, Cluster cluster, Tasks tasks, Map<String, ServiceFigures> services, Map<String, JobFigures> jobs,
      Spot spot, Map<String, StartLatency> startLatency) {
    this(schemaVersion, scenario, seed, replications, horizonSeconds, events, cost, cluster, tasks, services, jobs, spot,
        startLatency, new PlacementFailureCounts().figures());
  }

  /** USD billed during the run; byService includes jobs by name and the unreserved rest as "idle". */
  public record Cost(
      double totalUsd,
      Map<String, Double> byCapacityProvider,
      Map<String, Double> byService,
      Map<String, Double> byPurchaseOption) implements Serializable {}

  /** Cluster figures, time-averaged over the run where they say Avg. */
  public record Cluster(
      double cpuReservationAvgPct,
      double memoryReservationAvgPct,
      double cpuUtilizationAvgPct,
      double memoryUtilizationAvgPct,
      long instancesLaunched,
      long instancesPeak,
      double instanceHours) implements Serializable {}

  /** {@code placementFailures} counts tasks that found no instance when submitted and had to wait. */
  public record Tasks(long launched, long completed, long stoppedBySpot, long placementFailures)
      implements Serializable {}

  /**
   * {@code offeredRequests} is the requests the service's load offered over the run (its request
   * rate integrated), 0 for a service without a load model: with it, a service that had no load
   * tells apart from one whose load was fully served, both of which have 0 unserved.
   */
  public record ServiceFigures(
      double runningAvg,
      long desiredMin,
      long desiredMax,
      long scaleOutEvents,
      long scaleInEvents,
      double cpuUtilizationAvgPct,
      double unservedRequestFraction,
      double secondsBelowDesired,
      double offeredRequests) implements Serializable {}

  /**
   * Waits run from createdAt to startedAt; a task still waiting when the run ends ({@code
   * waitingAtEnd} of them) counts with the wait it has had so far, a lower bound, so that a job
   * starved of capacity shows long waits rather than none. Turnaround runs from createdAt to
   * stoppedAt. {@code interrupted} tasks were stopped by a spot interruption; {@code retried} of
   * them were started over, and {@code lostTaskSeconds} is the RUNNING time the interruptions threw
   * away.
   */
  public record JobFigures(
      long submitted,
      long completed,
      double waitSecondsMean,
      double waitSecondsP50,
      double waitSecondsP95,
      double waitSecondsP99,
      double turnaroundSecondsMean,
      long interrupted,
      long retried,
      double lostTaskSeconds,
      long waitingAtEnd) implements Serializable {}

  public record Spot(long instanceInterruptions, long taskInterruptions) implements Serializable {}

  /**
   * How long tasks took to start on a capacity provider, createdAt to startedAt: waiting for
   * capacity (instances booting, or a Fargate micro-VM and its ENI), the image pull and the
   * containers' start.
   */
  public record StartLatency(
      long tasksStarted,
      double meanSeconds,
      double p50Seconds,
      double p95Seconds,
      double p99Seconds,
      double maxSeconds) implements Serializable {}

  /**
   * Placement attempts that found no instance, by the reason the closest candidate was ruled out
   * ({@link PlacementFailureReason#key()}: {@code RESOURCE:ENI}, ...; every reason listed, zero
   * included). One failure is one attempt to place one task: when it is submitted, and each time it
   * is tried again as capacity frees or an instance registers. Tasks that share a request with one
   * that just failed in the same pass are not tried again (they would fail the same way), so they
   * add nothing. ECS reports a failure per attempt, so this counts attempts, not tasks ({@code
   * tasks.placementFailures} counts tasks); docs/modelling.md has a worked example.
   */
  public record PlacementFailures(long total, Map<String, Long> byReason) implements Serializable {}
}
