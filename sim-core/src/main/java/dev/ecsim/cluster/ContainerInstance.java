package dev.ecsim.cluster;

import dev.ecsim.catalog.InstanceType;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * An EC2 instance registered to the cluster: what it registered (CPU units, MiB), what remains
 * after the reservations of the tasks placed on it, and which images it already holds.
 * Invariant: 0 <= remaining <= registered for CPU and memory.
 */
public final class ContainerInstance implements InstancePool.RemainingKey {
  private final long ordinal;
  private final String id;
  private final String ec2InstanceId;
  private final String capacityProvider;
  private final InstanceType type;
  private final String availabilityZone;
  private final int registeredCpu;
  private final int registeredMemoryMiB;
  private final long launchedAt;
  private final Map<String, Long> imageReadyAt = new HashMap<>();
  private int remainingCpu;
  private int remainingMemoryMiB;
  private int taskCount;
  private InstanceState state = InstanceState.ACTIVE;
  private long terminatedAt = Long.MIN_VALUE;

  ContainerInstance(long ordinal, String capacityProvider, InstanceType type, String availabilityZone,
      int registeredCpu, int registeredMemoryMiB, long launchedAt) {
    this.ordinal = ordinal;
    this.id = String.format("ci-%06d", ordinal);
    this.ec2InstanceId = String.format("i-%017x", ordinal);
    this.capacityProvider = capacityProvider;
    this.type = type;
    this.availabilityZone = availabilityZone;
    this.registeredCpu = registeredCpu;
    this.registeredMemoryMiB = registeredMemoryMiB;
    this.remainingCpu = registeredCpu;
    this.remainingMemoryMiB = registeredMemoryMiB;
    this.launchedAt = launchedAt;
  }

  /** Creation order; the deterministic tie-breaker wherever instances rank equal. */
  @Override
  public long ordinal() {
    return ordinal;
  }

  public String id() {
    return id;
  }

  public String ec2InstanceId() {
    return ec2InstanceId;
  }

  public String capacityProvider() {
    return capacityProvider;
  }

  public InstanceType type() {
    return type;
  }

  public String availabilityZone() {
    return availabilityZone;
  }

  public int registeredCpu() {
    return registeredCpu;
  }

  public int registeredMemoryMiB() {
    return registeredMemoryMiB;
  }

  @Override
  public int remainingCpu() {
    return remainingCpu;
  }

  @Override
  public int remainingMemoryMiB() {
    return remainingMemoryMiB;
  }

  public int taskCount() {
    return taskCount;
  }

  public InstanceState state() {
    return state;
  }

  public long launchedAt() {
    return launchedAt;
  }

  public OptionalLong terminatedAt() {
    return terminatedAt == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(terminatedAt);
  }

  public boolean fits(int cpu, int memoryMiB) {
    return state == InstanceState.ACTIVE && cpu <= remainingCpu && memoryMiB <= remainingMemoryMiB;
  }

  void reserve(int cpu, int memoryMiB) {
    if (cpu > remainingCpu || memoryMiB > remainingMemoryMiB) {
      throw new IllegalStateException(id + " cannot reserve " + cpu + " CPU / " + memoryMiB + " MiB: only "
          + remainingCpu + " CPU / " + remainingMemoryMiB + " MiB remain");
    }
    remainingCpu -= cpu;
    remainingMemoryMiB -= memoryMiB;
    taskCount++;
  }

  void release(int cpu, int memoryMiB) {
    remainingCpu += cpu;
    remainingMemoryMiB += memoryMiB;
    taskCount--;
    if (remainingCpu > registeredCpu || remainingMemoryMiB > registeredMemoryMiB || taskCount < 0) {
      throw new IllegalStateException(id + " released more than was reserved");
    }
  }

  void terminate(long at) {
    state = InstanceState.INACTIVE;
    terminatedAt = at;
  }

  /** The image is present or being pulled. */
  public boolean hasImage(String image) {
    return imageReadyAt.containsKey(image);
  }

  /**
   * Marks {@code image} as pulled from {@code startAt}, taking {@code pullMillis}, unless the
   * instance already has it or is pulling it; returns when the image is present. A second task
   * that needs an image being pulled waits for the same pull (the agent pulls an image once).
   */
  public long pullImage(String image, long startAt, long pullMillis) {
    Long ready = imageReadyAt.get(image);
    if (ready != null) {
      return Math.max(startAt, ready);
    }
    long done = startAt + pullMillis;
    imageReadyAt.put(image, done);
    return done;
  }

  @Override
  public String toString() {
    return id + "(" + type.name() + ", " + availabilityZone + ")";
  }
}
