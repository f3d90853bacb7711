package dev.ecsim.service;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.TimeIntegral;
import dev.ecsim.placement.PlacementRequest;
import dev.ecsim.query.QueryParser;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A DAEMON service (docs/ecs-behaviour.md §7.1): one task on every ACTIVE container instance of its
 * capacity that meets its constraints, placed on an instance as soon as it registers, before the
 * tasks waiting for capacity (daemon tasks are reserved first, §1.6), stopped before the instance
 * is terminated, and replaced if it stops while its instance is still there. Its desired count is
 * the number of instances it runs on.
 */
public final class DaemonScheduler implements ServiceRun {
  private final ServiceSpec spec;
  private final TaskDefinitionSpec definition;
  private final Set<String> capacityProviders;
  private final Engine engine;
  private final TaskScheduler scheduler;
  private final EventLog events;
  private final Map<ContainerInstance, Task> onInstance = new HashMap<>();
  private final TimeIntegral running = new TimeIntegral();
  private final TimeIntegral belowDesired = new TimeIntegral();
  private int desiredMax;
  private long taskNumber;

  /** @param capacityProviders the providers whose instances it runs on (every ec2 one with launchType EC2) */
  public DaemonScheduler(ServiceSpec spec, TaskDefinitionSpec definition, Set<String> capacityProviders,
      SchedulingContext context) {
    this.spec = spec;
    this.definition = definition;
    this.capacityProviders = Set.copyOf(capacityProviders);
    this.engine = context.engine();
    this.scheduler = context.scheduler();
    this.events = context.events();
  }

  @Override
  public String name() {
    return spec.name();
  }

  /** The task group of its tasks: instances count them apart from other tasks (they are not "busy"). */
  public String group() {
    return spec.group();
  }

  public void instanceRegistered(ContainerInstance instance) {
    if (!capacityProviders.contains(instance.capacityProvider()) || onInstance.containsKey(instance)) {
      return;
    }
    launch(instance);
    desiredMax = Math.max(desiredMax, onInstance.size());
    updateBelowDesired();
  }

  /** The instance is about to be terminated: its daemon task stops first. */
  public void instanceTerminating(ContainerInstance instance) {
    Task task = onInstance.remove(instance);
    if (task != null) {
      scheduler.stop(task, "ServiceSchedulerInitiated", "instance " + instance.id() + " is terminating");
      updateBelowDesired();
    }
  }

  private void launch(ContainerInstance instance) {
    long now = engine.now();
    PlacementRequest request = request(instance);
    Task task = new Task(spec.name() + "-" + (++taskNumber), spec.name(), definition, request.requirements(),
        instance.capacityProvider(), now, true);
    onInstance.put(instance, task);
    scheduler.submit(task, OwnerKind.SERVICE, request, OptionalLong.empty(), t -> started(),
        t -> stopped(t, instance));
  }

  /** Bound to its instance with an ec2InstanceId constraint, plus the service's own constraints. */
  private PlacementRequest request(ContainerInstance instance) {
    String expression = "ec2InstanceId == '" + instance.ec2InstanceId() + "'";
    List<PlacementConstraintSpec> constraints = new ArrayList<>(definition.placementConstraints());
    constraints.addAll(spec.placementConstraints());
    constraints.addAll(Architectures.constraint(definition));
    constraints.add(new PlacementConstraintSpec.MemberOf(expression, QueryParser.parse(expression)));
    return new PlacementRequest(TaskRequirements.of(definition, spec.group()), List.copyOf(constraints), List.of());
  }

  private void started() {
    running.add(engine.now(), 1);
    updateBelowDesired();
  }

  private void stopped(Task task, ContainerInstance instance) {
    if (task.startedAt().isPresent()) {
      running.add(engine.now(), -1);
    }
    if (onInstance.get(instance) == task) {
      // Stopped while its instance stays: replace it there.
      events.add(engine.now(), EventType.TASK_STOPPED, spec.name(), "(service " + spec.name() + ") daemon task "
          + task.id() + " stopped on " + instance.id() + "; a replacement is started",
          EventFacts.task(task.id(), spec.name()).withInstance(instance.eventFacts()));
      launch(instance);
    }
    updateBelowDesired();
  }

  @Override
  public int desired() {
    return onInstance.size();
  }

  @Override
  public int runningCount() {
    return (int) running.value();
  }

  @Override
  public int pendingCount() {
    return onInstance.size() - runningCount();
  }

  /** A daemon's desired count only falls when instances go; 0 before the first one registers. */
  @Override
  public int desiredMin() {
    return 0;
  }

  @Override
  public int desiredMax() {
    return desiredMax;
  }

  @Override
  public TimeIntegral runningIntegral() {
    return running;
  }

  @Override
  public TimeIntegral belowDesiredIntegral() {
    return belowDesired;
  }

  /** A daemon task's work is not modelled: it uses what it reserves. */
  @Override
  public OptionalDouble cpuUtilizationAvgPct(long now) {
    return running.integralUntil(now) > 0 ? OptionalDouble.of(100) : OptionalDouble.empty();
  }

  @Override
  public double unservedRequestFraction(long now) {
    return 0;
  }

  /** A daemon service has no load model: it offers no requests. */
  @Override
  public double offeredRequests(long now) {
    return 0;
  }

  private void updateBelowDesired() {
    belowDesired.set(engine.now(), running.value() < onInstance.size() ? 1 : 0);
  }
}
