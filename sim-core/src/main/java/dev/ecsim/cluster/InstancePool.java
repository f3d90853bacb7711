package dev.ecsim.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The container instances of one capacity provider, with an index of the ACTIVE ones by remaining
 * CPU, then remaining memory, so binpack finds the tightest fit in O(D log n), D being the number
 * of distinct remaining-CPU levels that fit the task (few: tasks come in a handful of sizes),
 * without scanning instances that are full on either resource.
 */
public final class InstancePool {
  /** What the index orders by; a probe key finds where "at least N MiB" begins. */
  interface RemainingKey {
    int remainingMemoryMiB();

    int remainingCpu();

    long ordinal();
  }

  private record Probe(int remainingMemoryMiB, int remainingCpu, long ordinal) implements RemainingKey {}

  /** Binpack on memory's ranking: least remaining memory, then least remaining CPU, then oldest. */
  static final Comparator<RemainingKey> BY_REMAINING_MEMORY = Comparator
      .comparingInt(RemainingKey::remainingMemoryMiB)
      .thenComparingInt(RemainingKey::remainingCpu)
      .thenComparingLong(RemainingKey::ordinal);

  private final String capacityProvider;
  private final List<ContainerInstance> instances = new ArrayList<>();
  /** remaining CPU -> ACTIVE instances with exactly that much CPU left, by remaining memory. */
  private final TreeMap<Integer, TreeSet<RemainingKey>> activeByCpuThenMemory = new TreeMap<>();
  private int active;
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

  public int activeCount() {
    return active;
  }

  /**
   * The ACTIVE instance with the least remaining memory that fits {@code cpu} and {@code memoryMiB}
   * (ties: less remaining CPU, then the oldest), if any.
   */
  public Optional<ContainerInstance> leastRemainingMemoryFitting(int cpu, int memoryMiB) {
    RemainingKey probe = new Probe(memoryMiB, Integer.MIN_VALUE, Long.MIN_VALUE);
    RemainingKey best = null;
    for (TreeSet<RemainingKey> level : activeByCpuThenMemory.tailMap(cpu, true).values()) {
      RemainingKey candidate = level.ceiling(probe);
      if (candidate != null && (best == null || BY_REMAINING_MEMORY.compare(candidate, best) < 0)) {
        best = candidate;
      }
    }
    return Optional.ofNullable((ContainerInstance) best);
  }

  void add(ContainerInstance instance) {
    instances.add(instance);
    index(instance);
    running++;
  }

  void terminate(ContainerInstance instance, long at) {
    unindex(instance);
    instance.terminate(at);
    running--;
  }

  /** Changes an instance's remaining resources while keeping the index ordered. */
  void reserve(ContainerInstance instance, int cpu, int memoryMiB) {
    boolean indexed = unindex(instance);
    instance.reserve(cpu, memoryMiB);
    if (indexed) {
      index(instance);
    }
  }

  void release(ContainerInstance instance, int cpu, int memoryMiB) {
    boolean indexed = unindex(instance);
    instance.release(cpu, memoryMiB);
    if (indexed) {
      index(instance);
    }
  }

  private void index(ContainerInstance instance) {
    activeByCpuThenMemory.computeIfAbsent(instance.remainingCpu(), c -> new TreeSet<>(BY_REMAINING_MEMORY)).add(instance);
    active++;
  }

  private boolean unindex(ContainerInstance instance) {
    TreeSet<RemainingKey> level = activeByCpuThenMemory.get(instance.remainingCpu());
    if (level == null || !level.remove(instance)) {
      return false;
    }
    if (level.isEmpty()) {
      activeByCpuThenMemory.remove(instance.remainingCpu());
    }
    active--;
    return true;
  }
}
