package dev.ecsim.service;

import dev.ecsim.cluster.Cluster;
import dev.ecsim.scenario.LoadSpec;
import dev.ecsim.workload.LoadSnapshot;
import dev.ecsim.workload.LoadTotals;
import dev.ecsim.workload.ServiceLoad;

/**
 * The load on one service over time: offered and served requests and the CPU and memory they take,
 * integrated exactly between changes of the RUNNING count, closed into one datapoint per metrics
 * minute (docs/ecs-behaviour.md §8: ECS publishes service CPUUtilization and MemoryUtilization
 * every minute, none while no task runs). Load is split evenly over RUNNING tasks; tasks still
 * starting serve nothing. On EC2 it also tells the cluster what its tasks use, held at the rate of
 * the last change or minute (cluster CPUUtilization).
 */
final class ServiceLoadMeter {
  private final LoadSpec load;
  private final ServiceLoad model;
  private final Cluster cluster;
  private final boolean onInstances;
  private long last;
  private int running;
  private LoadTotals minute = LoadTotals.ZERO;
  private LoadTotals run = LoadTotals.ZERO;
  private double usedCpu;
  private double usedMemory;

  ServiceLoadMeter(LoadSpec load, ServiceLoad model, Cluster cluster, boolean onInstances) {
    this.load = load;
    this.model = model;
    this.cluster = cluster;
    this.onInstances = onInstances;
  }

  /** The RUNNING count changes at {@code now}. */
  void running(long now, int count) {
    advance(now);
    running = count;
    reportUse(now);
  }

  /** The figures of the minute that ends now; the next minute starts. */
  LoadTotals closeMinute(long now) {
    advance(now);
    reportUse(now);
    LoadTotals closed = minute;
    run = run.plus(minute);
    minute = LoadTotals.ZERO;
    return closed;
  }

  /** Everything up to {@code now}, the current minute included. */
  LoadTotals total(long now) {
    advance(now);
    return run.plus(minute);
  }

  double offeredPerSecond(long now) {
    return load.requestRate().ratePerSecond(now);
  }

  private void advance(long now) {
    if (now > last) {
      minute = minute.plus(model.over(load.requestRate(), last, now, running));
      last = now;
    }
  }

  private void reportUse(long now) {
    if (!onInstances) {
      return;
    }
    LoadSnapshot s = model.at(load.requestRate().ratePerSecond(now), running);
    double cpu = s.utilization().map(u -> u.cpuUnits() * running).orElse(0.0);
    double memory = s.utilization().map(u -> u.memoryMiB() * running).orElse(0.0);
    cluster.useResources(now, cpu - usedCpu, memory - usedMemory);
    usedCpu = cpu;
    usedMemory = memory;
  }
}
