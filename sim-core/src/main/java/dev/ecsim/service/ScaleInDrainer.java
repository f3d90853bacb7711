package dev.ecsim.service;

import dev.ecsim.capacity.AutoScalingGroup;
import dev.ecsim.capacity.ScaleInRemoval;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstanceState;
import dev.ecsim.cluster.Task;
import dev.ecsim.engine.Engine;
import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventLog;
import dev.ecsim.metrics.EventType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the instances cluster auto scaling chose for scale-in out of their groups
 * (docs/ecs-behaviour.md §4.4, §5.4). With managed draining (ECS DG:
 * enable-managed-instance-draining) an instance still running a service task turns DRAINING, its
 * service tasks are replaced elsewhere within minimumHealthyPercent / maximumPercent (ECS DG:
 * container-instance-draining), and it terminates when the last has stopped, or at the drain
 * timeout, whichever comes first. Without managed draining, or with no service task to move, it
 * terminates at once. Whatever is left on it then (daemon tasks, standalone tasks, service tasks
 * the timeout caught) stops with it; services replace theirs as after any stop. Invariant: an
 * instance is draining here exactly while its group counts it as leaving.
 */
public final class ScaleInDrainer {
  /** ecsim decision (docs/modelling.md): AWS does not document how long managed draining waits. */
  public static final long DRAIN_TIMEOUT_MILLIS = 15 * 60_000;
  /** The stop code of tasks on an instance terminated under them (ECS API: TaskStopCode). */
  public static final String TERMINATION_NOTICE = "TerminationNotice";

  private final Engine engine;
  private final Cluster cluster;
  private final TaskScheduler scheduler;
  private final EventLog events;
  private final List<ServiceScheduler> services;
  private final List<DaemonScheduler> daemons;
  /** Instances draining for scale-in now, with their group and why (live only: each leaves at its termination). */
  private final Map<ContainerInstance, Leaving> draining = new HashMap<>();

  private record Leaving(AutoScalingGroup group, String why) {}

  public ScaleInDrainer(List<ServiceScheduler> services, List<DaemonScheduler> daemons, SchedulingContext context) {
    this.engine = context.engine();
    this.cluster = context.cluster();
    this.scheduler = context.scheduler();
    this.events = context.events();
    this.services = List.copyOf(services);
    this.daemons = List.copyOf(daemons);
    this.services.forEach(s -> s.onTaskStopped(this::serviceTaskStopped));
  }

  /** The removal for {@code group}: draining first when its provider has managed draining on. */
  public ScaleInRemoval forGroup(AutoScalingGroup group) {
    return (instance, why) -> {
      if (group.spec().managedDraining() && serviceTasksOn(instance) > 0) {
        drain(group, instance, why);
      } else {
        terminate(group, instance, why);
      }
    };
  }

  private void drain(AutoScalingGroup group, ContainerInstance instance, String why) {
    long now = engine.now();
    group.markLeaving(instance);
    cluster.drain(instance);
    events.add(now, EventType.INSTANCE_DRAINING, group.name(), instance.ec2InstanceId() + " (" + instance.id() + ", "
        + instance.type().name() + ", " + instance.availabilityZone() + ") DRAINING for scale-in: "
        + serviceTasksOn(instance) + " service task(s) to move; terminates when none is left, at the latest at "
        + (now + DRAIN_TIMEOUT_MILLIS) / 1000.0 + " s: " + why, EventFacts.instance(instance.eventFacts()));
    services.forEach(s -> s.instanceDraining(instance));
    // Tasks not RUNNING yet stopped at once; the rest are followed through serviceTaskStopped.
    if (serviceTasksOn(instance) == 0) {
      engine.schedule(now, () -> terminate(group, instance, why + "; drained"));
      return;
    }
    draining.put(instance, new Leaving(group, why));
    engine.schedule(now + DRAIN_TIMEOUT_MILLIS, () -> {
      if (draining.remove(instance) != null) {
        terminate(group, instance, why + "; drain timeout of " + DRAIN_TIMEOUT_MILLIS / 1000 + " s reached with "
            + serviceTasksOn(instance) + " service task(s) left");
      }
    });
  }

  /** The last service task off a draining instance lets it go, in an event of its own. */
  private void serviceTaskStopped(Task task) {
    task.instance().filter(draining::containsKey).filter(i -> serviceTasksOn(i) == 0).ifPresent(i -> {
      Leaving leaving = draining.remove(i);
      engine.schedule(engine.now(), () -> terminate(leaving.group(), i, leaving.why() + "; drained"));
    });
  }

  private void terminate(AutoScalingGroup group, ContainerInstance instance, String why) {
    if (instance.state() == InstanceState.INACTIVE) {
      return; // a spot interruption took it first
    }
    cluster.drain(instance); // out of the indexes first, so nothing stopped here is replaced here
    daemons.forEach(d -> d.instanceTerminating(instance));
    if (instance.taskCount() > 0) {
      for (Task t : scheduler.activeTasks(t -> t.instance().filter(instance::equals).isPresent())) {
        scheduler.stop(t, TERMINATION_NOTICE, "Instance " + instance.ec2InstanceId() + " was terminated by scale-in");
      }
    }
    group.terminate(instance, why);
  }

  /** RUNNING or starting tasks of REPLICA services on the instance: what draining waits for. */
  private int serviceTasksOn(ContainerInstance instance) {
    int n = 0;
    for (ServiceScheduler s : services) {
      n += instance.tasksInGroup(s.spec().group());
    }
    return n;
  }
}
