package dev.ecsim.service;

import dev.ecsim.cluster.Cluster;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.scaling.AlarmChange;
import dev.ecsim.scaling.Decision;
import dev.ecsim.scaling.Observation;
import dev.ecsim.scaling.ScalableTarget;
import dev.ecsim.scaling.ScalingActivity;
import dev.ecsim.scaling.ServiceMetric;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.workload.LoadTotals;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A service's CloudWatch side: its load over time, one CPUUtilization / MemoryUtilization /
 * RequestCountPerTarget datapoint a minute (none while no task ran, docs/ecs-behaviour.md §8), and
 * the Application Auto Scaling target those datapoints feed (§6), whose decisions it logs and hands
 * back to the service as a new desired count.
 */
final class ServiceMonitor {
  /** CloudWatch's standard resolution: one datapoint a minute (docs/ecs-behaviour.md §8). */
  static final long METRIC_PERIOD_MILLIS = 60_000;

  private final ServiceScheduler service;
  private final ServiceSpec spec;
  private final Engine engine;
  private final EventLog events;
  private final Optional<ServiceLoadMeter> load;
  private final Optional<ScalableTarget> autoScaling;
  private OptionalDouble lastCpuUtilization = OptionalDouble.empty();
  private long scaleOutEvents;
  private long scaleInEvents;

  /** The load model takes the first task definition's size; deployments are taken to keep it. */
  ServiceMonitor(ServiceScheduler service, TaskDefinitionSpec definition, boolean onInstances, Instant startTime,
      Engine engine, Cluster cluster, EventLog events) {
    this.service = service;
    this.spec = service.spec();
    this.engine = engine;
    this.events = events;
    this.load = spec.load().map(l -> new ServiceLoadMeter(l, l.serviceLoad(definition), cluster, onInstances));
    this.autoScaling = spec.autoScaling().map(a -> new ScalableTarget(a, startTime));
  }

  boolean underLoad() {
    return load.isPresent();
  }

  /**
   * RegisterScalableTarget moves a current capacity outside [min, max] into the range (AAS API);
   * the first minute's datapoint is scheduled.
   */
  int start(int desired) {
    engine.schedule(METRIC_PERIOD_MILLIS, this::closeMinute);
    return autoScaling.map(target -> {
      int clamped = Math.max(target.minCapacity(), Math.min(target.maxCapacity(), desired));
      if (clamped != desired) {
        events.add(engine.now(), EventType.SCALABLE_TARGET_REGISTERED, spec.name(), "scalable target registered with "
            + "capacity " + target.minCapacity() + " to " + target.maxCapacity() + "; desired count " + desired + " → "
            + clamped, EventFacts.desiredCount(spec.name(), desired, clamped));
      }
      return clamped;
    }).orElse(desired);
  }

  /** The RUNNING count changed: the load is split over the new count from now. */
  void running(int count) {
    load.ifPresent(l -> l.running(engine.now(), count));
  }

  private void closeMinute() {
    long now = engine.now();
    Optional<LoadTotals> minute = load.map(l -> l.closeMinute(now));
    OptionalDouble busy = service.runningCount() > 0 ? OptionalDouble.of(100) : OptionalDouble.empty();
    lastCpuUtilization = minute.map(LoadTotals::cpuUtilizationPercent).orElse(busy);
    Map<ServiceMetric, OptionalDouble> metrics = new EnumMap<>(ServiceMetric.class);
    metrics.put(ServiceMetric.CPU_UTILIZATION, lastCpuUtilization);
    metrics.put(ServiceMetric.MEMORY_UTILIZATION, minute.map(LoadTotals::memoryUtilizationPercent).orElse(busy));
    metrics.put(ServiceMetric.REQUEST_COUNT_PER_TARGET, minute.map(m -> m.requestCountPerTarget(METRIC_PERIOD_MILLIS))
        .orElse(OptionalDouble.empty()));
    autoScaling.ifPresent(target -> scale(now, target.decide(now,
        new Observation(service.runningCount(), service.desired(), metrics, service.deploying()))));
    engine.schedule(now + METRIC_PERIOD_MILLIS, this::closeMinute);
  }

  /**
   * Applies a minute's auto scaling decision: every activity and alarm change goes to the event
   * log with the metric value, the policy and the old and new desired count.
   */
  private void scale(long now, Decision decision) {
    for (AlarmChange change : decision.alarmChanges()) {
      events.add(change.atMillis(), EventType.ALARM, spec.name(), change.alarm() + ": " + change.from() + " -> "
          + change.to() + " (" + change.reason() + ")", EventFacts.owner(spec.name()));
    }
    for (ScalingActivity activity : decision.activities()) {
      EventType type = activity instanceof ScalingActivity.ScheduledChange
          ? EventType.SCHEDULED_ACTION : EventType.SCALING_ACTIVITY;
      events.add(now, type, spec.name(), activity.cause(),
          EventFacts.desiredCount(spec.name(), activity.oldDesired(), activity.newDesired()));
      if (activity.newDesired() > activity.oldDesired()) {
        scaleOutEvents++;
      } else if (activity.newDesired() < activity.oldDesired()) {
        scaleInEvents++;
      }
    }
    if (decision.desiredCount() != service.desired()) {
      service.setDesired(decision.desiredCount());
    }
  }

  long scaleOutEvents() {
    return scaleOutEvents;
  }

  long scaleInEvents() {
    return scaleInEvents;
  }

  /** The latest one-minute CPUUtilization datapoint; empty before the first or while no task ran. */
  OptionalDouble lastCpuUtilization() {
    return lastCpuUtilization;
  }

  /** Requests per second offered now (0 without a load model). */
  double offeredPerSecond() {
    return load.map(l -> l.offeredPerSecond(engine.now())).orElse(0.0);
  }

  /** CPUUtilization over the run so far from the load; empty without a load model. */
  Optional<OptionalDouble> loadCpuUtilization(long now) {
    return load.map(l -> l.total(now).cpuUtilizationPercent());
  }

  double unservedRequestFraction(long now) {
    return load.map(l -> l.total(now).unservedFraction().orElse(0)).orElse(0.0);
  }

  /** Requests offered over the run so far, the integral the meter keeps as it goes; 0 without load. */
  double offeredRequests(long now) {
    return load.map(l -> l.total(now).offeredRequests()).orElse(0.0);
  }
}
