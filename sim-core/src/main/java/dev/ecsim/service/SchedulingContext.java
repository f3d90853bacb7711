package dev.ecsim.service;

import dev.ecsim.cluster.Cluster;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventLog;

/**
 * The parts of one run every scheduling component shares: the clock, the cluster, the event log
 * and the task scheduler that places and stops tasks. Built once the scheduler exists and handed to
 * each component whole, so no constructor takes them one by one in an order to get wrong.
 */
public record SchedulingContext(Engine engine, Cluster cluster, EventLog events, TaskScheduler scheduler) {}
