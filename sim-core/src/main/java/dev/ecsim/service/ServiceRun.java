package dev.ecsim.service;

import dev.ecsim.metrics.TimeIntegral;

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
}
