package dev.ecsim.cluster;

import dev.ecsim.metrics.TimeIntegral;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The cluster's container instances, grouped by capacity provider, and the single place where
 * resources are reserved and released. Keeps the running totals behind the ECS cluster metrics
 * (registered, reserved by RUNNING tasks, used) as time integrals. Holds live instances only: a
 * terminated instance leaves every structure, its lifetime folded into {@link #instanceMillis}.
 */
public final class Cluster implements ClusterView {
  private final Map<String, InstancePool> pools = new LinkedHashMap<>();
  private final InstanceVisits visits = new InstanceVisits();
  /** Launched and not terminated, in launch order. */
  private final LiveInstances running = new LiveInstances();
  /** Every instance of the cluster in one pool: where launch-type tasks are placed. */
  private final InstancePool everywhere = new InstancePool("", visits);
  /** field -> group -> value -> tasks: spread's counts for the indexed fields. */
  private final Map<String, Map<String, Map<String, Long>>> spreadCounts = new LinkedHashMap<>();
  private final TimeIntegral registeredCpu = new TimeIntegral();
  private final TimeIntegral registeredMemory = new TimeIntegral();
  private final TimeIntegral reservedCpu = new TimeIntegral();
  private final TimeIntegral reservedMemory = new TimeIntegral();
  private final TimeIntegral usedCpu = new TimeIntegral();
  private final TimeIntegral usedMemory = new TimeIntegral();
  private long nextOrdinal = 1;
  private int instancesRunning;
  private int instancesPeak;
  /** EC2 launches, registered or not: an instance still booting was launched and is billed from launch. */
  private long instancesLaunched;
  /** Launch to termination, summed over the terminated instances. */
  private long terminatedInstanceMillis;

  public InstancePool pool(String capacityProvider) {
    return pools.computeIfAbsent(capacityProvider, p -> {
      InstancePool pool = new InstancePool(p, visits);
      spreadCounts.keySet().forEach(pool::indexField);
      return pool;
    });
  }

  /**
   * Keeps spread on {@code field} (attribute:NAME) answerable without a pass over every instance:
   * each pool indexes its instances by the field's value, and the cluster counts each group's tasks
   * per value from now on.
   */
  public void indexSpreadField(String field) {
    if (spreadCounts.containsKey(field)) {
      return;
    }
    Map<String, Map<String, Long>> byGroup = new HashMap<>();
    for (ContainerInstance i : runningInstances()) {
      i.field(field).ifPresent(v -> i.taskGroups().forEach(g ->
          byGroup.computeIfAbsent(g, x -> new HashMap<>()).merge(v, (long) i.tasksInGroup(g), Long::sum)));
    }
    spreadCounts.put(field, byGroup);
    pools.values().forEach(p -> p.indexField(field));
    everywhere.indexField(field);
  }

  @Override
  public OptionalLong tasksWithValue(String field, String group, String value) {
    Map<String, Map<String, Long>> byGroup = spreadCounts.get(field);
    if (byGroup == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(byGroup.getOrDefault(group, Map.of()).getOrDefault(value, 0L));
  }

  private void countSpread(ContainerInstance instance, String group, long delta) {
    for (Map.Entry<String, Map<String, Map<String, Long>>> e : spreadCounts.entrySet()) {
      instance.field(e.getKey()).ifPresent(v ->
          e.getValue().computeIfAbsent(group, g -> new HashMap<>()).merge(v, delta, Long::sum));
    }
  }

  @Override
  public Collection<ContainerInstance> runningInstances() {
    visits.add(running.size());
    return running.view();
  }

  /** Instances handed out for iteration so far, by the cluster and its pools: the complexity guards' count. */
  public InstanceVisits visits() {
    return visits;
  }

  /**
   * Instance time from launch to termination, or to {@code horizon} for those still running, summed
   * over every instance launched: the terminated ones' share is a running sum.
   */
  public long instanceMillis(long horizon) {
    long total = terminatedInstanceMillis;
    for (ContainerInstance i : runningInstances()) {
      total += horizon - i.launchedAt();
    }
    return total;
  }

  /**
   * The pool of every instance in the cluster, whatever its capacity provider: a task run with
   * {@code launchType: EC2} may land on any of them (ECS DG: cluster-capacity-providers).
   */
  public InstancePool everywhere() {
    return everywhere;
  }

  public Collection<InstancePool> pools() {
    return Collections.unmodifiableCollection(pools.values());
  }

  /** Launches an instance that registers at once; {@code registeredAt} is its wall-clock time. */
  public ContainerInstance launch(LaunchTemplate template, String availabilityZone, long now, Instant registeredAt) {
    launched();
    return register(template, availabilityZone, now, now, registeredAt);
  }

  /**
   * An Auto Scaling group launched an instance: it counts as launched from now, whether or not its
   * agent registers before the run ends, as EC2 bills it from launch (docs/ecs-behaviour.md §4.2,
   * docs/modelling.md). {@link #register} does not count it again.
   */
  public void launched() {
    instancesLaunched++;
  }

  /**
   * An instance launched at {@code launchedAt} (and counted then, {@link #launched}) whose agent
   * registers now: from now on it is ACTIVE, counts in the registered totals and can take tasks.
   */
  public ContainerInstance register(LaunchTemplate template, String availabilityZone, long launchedAt, long now,
      Instant registeredAt) {
    ContainerInstance instance = new ContainerInstance(nextOrdinal++, template, availabilityZone, launchedAt, now,
        registeredAt);
    pool(template.capacityProvider()).add(instance);
    everywhere.add(instance);
    running.add(instance);
    registeredCpu.add(now, instance.registeredCpu());
    registeredMemory.add(now, instance.registeredMemoryMiB());
    instancesRunning++;
    instancesPeak = Math.max(instancesPeak, instancesRunning);
    return instance;
  }

  /**
   * The instance turns DRAINING (ECS DG: container-instance-draining): it keeps its tasks and its
   * registered resources, but takes no new task.
   */
  public void drain(ContainerInstance instance) {
    if (instance.state() != InstanceState.ACTIVE) {
      return;
    }
    everywhere.drain(instance);
    pool(instance.capacityProvider()).drain(instance);
  }

  public void terminate(ContainerInstance instance, long now) {
    if (instance.taskCount() > 0) {
      throw new IllegalStateException(instance.id() + " still has " + instance.taskCount() + " tasks");
    }
    everywhere.forget(instance);
    pool(instance.capacityProvider()).terminate(instance, now);
    registeredCpu.add(now, -instance.registeredCpu());
    registeredMemory.add(now, -instance.registeredMemoryMiB());
    running.remove(instance);
    terminatedInstanceMillis += now - instance.launchedAt();
    instancesRunning--;
  }

  /** Reserves the task's resources on {@code instance}; its images are pulled from pullStart to pullStop. */
  public void place(Task task, ContainerInstance instance, long pullStart, long pullStop) {
    if (task.state() != TaskState.PROVISIONING) {
      throw new IllegalStateException(task.id() + " is " + task.state() + ", not PROVISIONING");
    }
    everywhere.reindexAround(instance, () -> pool(instance.capacityProvider()).reserve(instance, task.requirements()));
    countSpread(instance, task.group(), 1);
    task.placed(instance, pullStart, pullStop);
  }

  /**
   * A Fargate task got its capacity and ENI in {@code zone}; it reserves nothing of the cluster's
   * instances, and ECS's cluster reservation metrics do not count it.
   */
  public void provisionOnFargate(Task task, String zone, long pullStart, long pullStop) {
    if (task.state() != TaskState.PROVISIONING) {
      throw new IllegalStateException(task.id() + " is " + task.state() + ", not PROVISIONING");
    }
    task.provisionedOnFargate(zone, pullStart, pullStop);
  }

  public void start(Task task, long now) {
    task.running(now);
    task.instance().ifPresent(i -> {
      i.taskStarted();
      reservedCpu.add(now, task.cpu());
      reservedMemory.add(now, task.memoryMiB());
      if (task.usesWhatItReserves()) {
        useResources(now, task.cpu(), task.memoryMiB());
      }
    });
  }

  /** Stops a task and releases what it reserved; a task never placed just ends. */
  public void stop(Task task, long now, String stopCode, String reason) {
    if (task.state() == TaskState.RUNNING) {
      task.instance().ifPresent(i -> {
        i.taskStopped();
        reservedCpu.add(now, -task.cpu());
        reservedMemory.add(now, -task.memoryMiB());
        if (task.usesWhatItReserves()) {
          useResources(now, -task.cpu(), -task.memoryMiB());
        }
      });
    }
    task.instance().ifPresent(i -> {
      everywhere.reindexAround(i, () -> pool(i.capacityProvider()).release(i, task.requirements()));
      countSpread(i, task.group(), -1);
    });
    task.stopped(now, stopCode, reason);
  }

  public TimeIntegral registeredCpu() {
    return registeredCpu;
  }

  public TimeIntegral registeredMemory() {
    return registeredMemory;
  }

  /** CPU units reserved by RUNNING tasks: the numerator of ECS's CPUReservation. */
  public TimeIntegral reservedCpu() {
    return reservedCpu;
  }

  public TimeIntegral reservedMemory() {
    return reservedMemory;
  }

  /**
   * CPU units and MiB used on registered instances change by the given amounts: the numerators of
   * ECS's cluster CPUUtilization and MemoryUtilization (docs/ecs-behaviour.md §8). Tasks that use
   * what they reserve are counted here as they start and stop; a service under load reports its own
   * use.
   */
  public void useResources(long now, double cpuUnits, double memoryMiB) {
    usedCpu.add(now, cpuUnits);
    usedMemory.add(now, memoryMiB);
  }

  public TimeIntegral usedCpu() {
    return usedCpu;
  }

  public TimeIntegral usedMemory() {
    return usedMemory;
  }

  public int instancesRunning() {
    return instancesRunning;
  }

  public int instancesPeak() {
    return instancesPeak;
  }

  /** Instances launched since time zero, the warm ones at time zero included, registered or still booting. */
  public long instancesLaunched() {
    return instancesLaunched;
  }
}
