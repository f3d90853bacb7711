package dev.ecsim.service;

import dev.ecsim.capacity.AutoScalingGroup;
import dev.ecsim.capacity.SpotInterruptions;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstanceState;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskState;
import dev.ecsim.cost.StopCause;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.SpotSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.ObjLongConsumer;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * What spot capacity does to a run (docs/ecs-behaviour.md §3.4, §4.3, §4.4): each interruption
 * gives a 120 s notice, then the capacity goes. An EC2 Spot instance turns DRAINING at the notice
 * when the provider enables draining (the agent's ECS_ENABLE_SPOT_INSTANCE_DRAINING; services move
 * their tasks, daemon tasks stop), and is terminated 120 s later, its remaining tasks with it; the
 * Auto Scaling group launches a replacement then, or at the notice with capacity rebalancing. A
 * Fargate Spot task gets SIGTERM at the notice and stops when its stopTimeout is up. Tasks stopped
 * this way carry the stop code SpotInterruption; services replace them, jobs retry or fail them.
 */
public final class SpotInterrupter {
  private final Engine engine;
  private final Cluster cluster;
  private final TaskScheduler scheduler;
  private final EventLog events;
  private final Map<String, AutoScalingGroup> groups;
  private final Map<String, SpotSpec> specs = new LinkedHashMap<>();
  private final Map<String, SpotInterruptions> processes = new LinkedHashMap<>();
  private final List<ServiceScheduler> services;
  private final List<DaemonScheduler> daemons;
  private ObjLongConsumer<String> noticeHits = (service, time) -> { };
  private final Set<ContainerInstance> noticedInstances = new HashSet<>();
  private final Set<Task> noticedTasks = new HashSet<>();
  private long instanceInterruptions;
  private long taskInterruptions;

  public SpotInterrupter(List<CapacityProviderSpec> providers, Map<String, AutoScalingGroup> groups,
      List<ServiceScheduler> services, List<DaemonScheduler> daemons, SchedulingContext context) {
    this.engine = context.engine();
    this.cluster = context.cluster();
    this.scheduler = context.scheduler();
    this.events = context.events();
    this.groups = groups;
    this.services = services;
    this.daemons = daemons;
    for (CapacityProviderSpec p : providers) {
      if (p.spot().isSpot() && !(p.spot().interruption() instanceof InterruptionSpec.None)) {
        specs.put(p.name(), p.spot());
        processes.put(p.name(), SpotInterruptions.of(p.spot()));
      }
    }
  }

  public long instanceInterruptions() {
    return instanceInterruptions;
  }

  public long taskInterruptions() {
    return taskInterruptions;
  }

  /** Starts the clocks that run for the whole run: reclaim events and listed times. */
  public void start() {
    processes.forEach((provider, process) -> {
      boolean fargate = !groups.containsKey(provider);
      if (process instanceof SpotInterruptions.AtTimes times) {
        for (InterruptionSpec.Event e : times.events()) {
          engine.schedule(e.atMillis(), () -> {
            if (fargate) {
              interruptTasksAtTime(provider, e);
            } else {
              interruptInstancesAtTime(provider, e);
            }
          });
        }
      } else if (process instanceof SpotInterruptions.Reclaims reclaims && !fargate) {
        AutoScalingGroup group = groups.get(provider);
        for (String type : group.spec().instanceTypes()) {
          for (String zone : group.zones()) {
            RandomGenerator rng = engine.rng(SpotInterruptions.reclaimStream(provider, type, zone));
            scheduleReclaim(provider, reclaims, type, zone, rng, 0);
          }
        }
      }
    });
    scheduler.onTaskStarted(this::taskStarted);
  }

  /**
   * Told, for each notice, of each service with a task it hits: on the instance noticed (placed
   * there and not stopped), or the Fargate Spot task noticed. For the charts that mark them.
   */
  public void reportNoticesTo(ObjLongConsumer<String> listener) {
    this.noticeHits = listener;
  }

  /** An instance's own clock starts when it registers (ecsim choice; its boot takes under a minute). */
  public void instanceRegistered(ContainerInstance instance) {
    if (processes.get(instance.capacityProvider()) instanceof SpotInterruptions.Independent independent) {
      independent.noticeAt(engine.now(), engine.rng(SpotInterruptions.stream(instance.capacityProvider())))
          .ifPresent(at -> engine.schedule(at, () -> notice(instance)));
    }
  }

  /** A Fargate Spot task's clock starts when it turns RUNNING. */
  private void taskStarted(Task task) {
    if (task.onFargate() && processes.get(task.capacityProvider()) instanceof SpotInterruptions.Independent independent) {
      independent.noticeAt(engine.now(), engine.rng(SpotInterruptions.stream(task.capacityProvider())))
          .ifPresent(at -> engine.schedule(at, () -> notice(task)));
    }
  }

  private void scheduleReclaim(String provider, SpotInterruptions.Reclaims reclaims, String type, String zone,
      RandomGenerator rng, long from) {
    reclaims.nextEventAfter(from, rng).ifPresent(at -> engine.schedule(at, () -> {
      List<ContainerInstance> group = groups.get(provider).pool().activeInstances().stream()
          .filter(i -> i.type().name().equals(type) && i.availabilityZone().equals(zone))
          .filter(i -> !noticedInstances.contains(i)).toList();
      if (!group.isEmpty()) {
        List<ContainerInstance> victims = reclaims.victims(group, rng);
        EventFacts.Reclaim reclaim = new EventFacts.Reclaim(type, zone,
            victims.stream().map(ContainerInstance::eventFacts).toList(), group.size());
        events.add(at, EventType.SPOT_CAPACITY_RECLAIM, provider, "spot capacity of " + type + " in " + zone + " reclaimed: "
            + victims.size() + " of " + group.size() + " instances get an interruption notice",
            EventFacts.reclaim(provider, reclaim));
        victims.forEach(this::notice);
      }
      scheduleReclaim(provider, reclaims, type, zone, rng, at);
    }));
  }

  private void interruptInstancesAtTime(String provider, InterruptionSpec.Event event) {
    List<ContainerInstance> running = groups.get(provider).pool().runningInstances().stream()
        .filter(i -> !noticedInstances.contains(i)).toList();
    SpotInterruptions.AtTimes.victims(event, running).forEach(this::notice);
  }

  private void interruptTasksAtTime(String provider, InterruptionSpec.Event event) {
    List<Task> running = scheduler.activeTasks(t -> t.capacityProvider().equals(provider)
        && t.state() == TaskState.RUNNING && !noticedTasks.contains(t));
    List<Task> longestFirst = new ArrayList<>(running);
    longestFirst.sort(Comparator.comparingLong((Task t) -> t.startedAt().getAsLong()).thenComparing(Task::id));
    SpotInterruptions.AtTimes.victims(event, longestFirst).forEach(this::notice);
  }

  /** The EC2 Spot Instance Interruption Warning: 120 s to go. */
  private void notice(ContainerInstance instance) {
    if (instance.state() == InstanceState.INACTIVE || !noticedInstances.add(instance)) {
      return;
    }
    long now = engine.now();
    SpotSpec spot = specs.get(instance.capacityProvider());
    AutoScalingGroup group = groups.get(instance.capacityProvider());
    instanceInterruptions++;
    for (ServiceScheduler s : services) {
      if (instance.tasksInGroup(s.spec().group()) > 0) {
        noticeHits.accept(s.name(), now);
      }
    }
    for (DaemonScheduler d : daemons) {
      if (instance.tasksInGroup(d.group()) > 0) {
        noticeHits.accept(d.name(), now);
      }
    }
    events.add(now, EventType.SPOT_INTERRUPTION_WARNING, instance.capacityProvider(), "EC2 Spot Instance Interruption "
        + "Warning: " + instance.ec2InstanceId() + " (" + instance.id() + ", " + instance.type().name() + ", "
        + instance.availabilityZone() + ") terminates at " + (now + SpotInterruptions.NOTICE_MILLIS) / 1000.0 + " s"
        + (spot.draining() ? "; draining" : ""), EventFacts.instance(instance.eventFacts()));
    if (spot.capacityRebalancing() && !group.isLeaving(instance)) {
      group.launch(1, "capacity rebalancing: replacing " + instance.ec2InstanceId() + " ahead of its interruption");
    }
    if (spot.draining()) {
      cluster.drain(instance);
      daemons.forEach(d -> d.instanceTerminating(instance));
      services.forEach(s -> s.instanceDraining(instance));
    }
    engine.scheduleAfter(SpotInterruptions.NOTICE_MILLIS, () -> terminate(instance, group, spot));
  }

  private void terminate(ContainerInstance instance, AutoScalingGroup group, SpotSpec spot) {
    noticedInstances.remove(instance); // gone either way: the set holds only instances under notice
    if (instance.state() == InstanceState.INACTIVE) {
      return; // scaled in while under notice: already gone, and the group meant to shrink
    }
    // Out of the indexes first, so no replacement (a retried job, a service's) lands on it.
    cluster.drain(instance);
    daemons.forEach(d -> d.instanceTerminating(instance));
    for (Task t : scheduler.activeTasks(t -> t.instance().filter(instance::equals).isPresent())) {
      scheduler.stop(t, JobRunner.SPOT_INTERRUPTION, "Your Spot Instance " + instance.ec2InstanceId()
          + " was interrupted and terminated");
    }
    boolean leaving = group.isLeaving(instance); // draining for scale-in: the group meant to shrink
    group.terminate(instance, "spot interruption", StopCause.SPOT_INTERRUPTION);
    if (!spot.capacityRebalancing() && !leaving) {
      group.launch(1, "replacing " + instance.ec2InstanceId() + ", terminated by a spot interruption");
    }
  }

  /** The Fargate Spot task gets SIGTERM now and is stopped when its stopTimeout is up. */
  private void notice(Task task) {
    if (task.state() == TaskState.STOPPED || !noticedTasks.add(task)) {
      return;
    }
    long now = engine.now();
    taskInterruptions++;
    if (services.stream().anyMatch(s -> s.name().equals(task.owner()))) {
      noticeHits.accept(task.owner(), now);
    }
    long stopAt = now + task.definition().stopTimeoutMillis();
    events.add(now, EventType.SPOT_INTERRUPTION_WARNING, task.capacityProvider(), "Your Spot Task was interrupted: "
        + task.id() + " (" + task.owner() + ") gets SIGTERM and stops at " + stopAt / 1000.0 + " s (stopTimeout)",
        EventFacts.task(task.id(), task.owner()));
    engine.schedule(stopAt, () -> {
      scheduler.stop(task, JobRunner.SPOT_INTERRUPTION, "Your Spot Task was interrupted.");
      noticedTasks.remove(task); // stopped now if not before: never noticed again
    });
  }
}
