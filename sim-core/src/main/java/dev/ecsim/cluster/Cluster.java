package dev.ecsim.cluster;

import dev.ecsim.catalog.InstanceType;
import dev.ecsim.metrics.TimeIntegral;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cluster's container instances, grouped by capacity provider, and the single place where
 * resources are reserved and released. Keeps the running totals behind the ECS cluster metrics
 * (registered, reserved by RUNNING tasks, used) as time integrals.
 */
public final class Cluster {
  private final Map<String, InstancePool> pools = new LinkedHashMap<>();
  private final TimeIntegral registeredCpu = new TimeIntegral();
  private final TimeIntegral registeredMemory = new TimeIntegral();
  private final TimeIntegral reservedCpu = new TimeIntegral();
  private final TimeIntegral reservedMemory = new TimeIntegral();
  private long nextOrdinal = 1;
  private int instancesRunning;
  private int instancesPeak;
  private long instancesLaunched;

  public InstancePool pool(String capacityProvider) {
    return pools.computeIfAbsent(capacityProvider, InstancePool::new);
  }

  public Collection<InstancePool> pools() {
    return Collections.unmodifiableCollection(pools.values());
  }

  public ContainerInstance launch(String capacityProvider, InstanceType type, String availabilityZone,
      double registeredMemoryFraction, long now) {
    ContainerInstance instance = new ContainerInstance(nextOrdinal++, capacityProvider, type, availabilityZone,
        type.registeredCpuUnits(), type.registeredMemoryMiB(registeredMemoryFraction), now);
    pool(capacityProvider).add(instance);
    registeredCpu.add(now, instance.registeredCpu());
    registeredMemory.add(now, instance.registeredMemoryMiB());
    instancesLaunched++;
    instancesRunning++;
    instancesPeak = Math.max(instancesPeak, instancesRunning);
    return instance;
  }

  public void terminate(ContainerInstance instance, long now) {
    if (instance.taskCount() > 0) {
      throw new IllegalStateException(instance.id() + " still has " + instance.taskCount() + " tasks");
    }
    pool(instance.capacityProvider()).terminate(instance, now);
    registeredCpu.add(now, -instance.registeredCpu());
    registeredMemory.add(now, -instance.registeredMemoryMiB());
    instancesRunning--;
  }

  /** Reserves the task's resources on {@code instance}; its images are pulled from pullStart to pullStop. */
  public void place(Task task, ContainerInstance instance, long pullStart, long pullStop) {
    if (task.state() != TaskState.PROVISIONING) {
      throw new IllegalStateException(task.id() + " is " + task.state() + ", not PROVISIONING");
    }
    pool(instance.capacityProvider()).reserve(instance, task.cpu(), task.memoryMiB());
    task.placed(instance, pullStart, pullStop);
  }

  public void start(Task task, long now) {
    task.running(now);
    reservedCpu.add(now, task.cpu());
    reservedMemory.add(now, task.memoryMiB());
  }

  /** Stops a task and releases what it reserved; a task never placed just ends. */
  public void stop(Task task, long now, String stopCode, String reason) {
    if (task.state() == TaskState.RUNNING) {
      reservedCpu.add(now, -task.cpu());
      reservedMemory.add(now, -task.memoryMiB());
    }
    task.instance().ifPresent(i -> pool(i.capacityProvider()).release(i, task.cpu(), task.memoryMiB()));
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

  public int instancesRunning() {
    return instancesRunning;
  }

  public int instancesPeak() {
    return instancesPeak;
  }

  public long instancesLaunched() {
    return instancesLaunched;
  }
}
