package dev.ecsim.service;

import dev.ecsim.metrics.TimeIntegral;
import java.util.OptionalDouble;

/** What the figures of a running service (REPLICA or DAEMON) are made from. */
public interface ServiceRun {
  String name();

  int desired();

  int runningCount();

  /** Tasks started and not RUNNING yet. */
  int pendingCount();

  int desiredMin();

  int desiredMax();

  /** RUNNING tasks over time (task x milliseconds). */
  TimeIntegral runningIntegral();

  /** Time with fewer RUNNING tasks than desired (milliseconds). */
  TimeIntegral belowDesiredIntegral();

  /** Service CPUUtilization over the run so far; empty when no task ran. */
  OptionalDouble cpuUtilizationAvgPct(long now);

  /** Requests offered but not served, as a share of those offered; 0 without load. */
  double unservedRequestFraction(long now);

  /**
   * Requests the load offered over the run so far; 0 without a load model, which is what tells a
   * service without load from one whose load was fully served (both have 0 unserved).
   */
  double offeredRequests(long now);

  /** Desired-count increases and decreases made by auto scaling. */
  default long scaleOutEvents() {
    return 0;
  }

  default long scaleInEvents() {
    return 0;
  }
}
