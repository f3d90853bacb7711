package dev.ecsim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The container instances of one capacity provider, with an index ordered by remaining memory
 * (then CPU, then age) so binpack finds the tightest fit without scanning every instance.
 */
public final class InstancePool {
  /** What the index orders by; a probe key finds where "at least N MiB" begins. */
  interface RemainingKey {
    int remainingMemoryMiB();

    int remainingCpu();

    long ordinal();
  }

  private record Probe(int remainingMemoryMiB, int remainingCpu, long ordinal) implements RemainingKey {}

  static final Comparator<RemainingKey> BY_REMAINING_MEMORY = Comparator
      .comparingInt(RemainingKey::remainingMemoryMiB)
      .thenComparingInt(RemainingKey::remainingCpu)
      .thenComparingLong(RemainingKey::ordinal);

  private final String capacityProvider;
  private final List<ContainerInstance> instances = new ArrayList<>();
  private final TreeSet<RemainingKey> activeByRemainingMemory = new TreeSet<>(BY_REMAINING_MEMORY);
  private int running;

  InstancePool(String capacityProvider) {
    this.capacityProvider = capacityProvider;
  }

  public String capacityProvider() {
    return capacityProvider;
  }

  /** Every instance ever launched in this pool, in launch order. */
  public List<ContainerInstance> instances() {
    return Collections.unmodifiableList(instances);
  }

  /** Instances launched and not terminated. */
  public int runningCount() {
    return running;
  }

  /**
   * ACTIVE instances with at least {@code memoryMiB} remaining, least remaining memory first (then
   * least CPU, then oldest). Starts at the first that has enough memory: O(log n) to find.
   */
  public Iterable<ContainerInstance> activeWithMemoryAtLeast(int memoryMiB) {
    NavigableSet<RemainingKey> tail =
        activeByRemainingMemory.tailSet(new Probe(memoryMiB, Integer.MIN_VALUE, Long.MIN_VALUE), true);
    return () -> tail.stream().map(ContainerInstance.class::cast).iterator();
  }

  public int activeCount() {
    return activeByRemainingMemory.size();
  }

  void add(ContainerInstance instance) {
    instances.add(instance);
    activeByRemainingMemory.add(instance);
    running++;
  }

  void terminate(ContainerInstance instance, long at) {
    activeByRemainingMemory.remove(instance);
    instance.terminate(at);
    running--;
  }

  /** Changes an instance's remaining resources while keeping the index ordered. */
  void reserve(ContainerInstance instance, int cpu, int memoryMiB) {
    boolean indexed = activeByRemainingMemory.remove(instance);
    instance.reserve(cpu, memoryMiB);
    if (indexed) {
      activeByRemainingMemory.add(instance);
    }
  }

  void release(ContainerInstance instance, int cpu, int memoryMiB) {
    boolean indexed = activeByRemainingMemory.remove(instance);
    instance.release(cpu, memoryMiB);
    if (indexed) {
      activeByRemainingMemory.add(instance);
    }
  }
}
