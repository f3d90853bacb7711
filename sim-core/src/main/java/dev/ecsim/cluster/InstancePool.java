package dev.ecsim.cluster;

import dev.ecsim.placement.TaskRequirements;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<String, FieldIndex> fieldIndexes = new LinkedHashMap<>();
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

  /** ACTIVE instances, oldest first: the candidates of a full placement pass. */
  public List<ContainerInstance> activeInstances() {
    return instances.stream().filter(i -> i.state() == InstanceState.ACTIVE).toList();
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

  /**
   * The ACTIVE instance with the least remaining CPU that fits (ties: least remaining memory, then
   * the oldest): the first CPU level at or above the task's CPU with an instance holding enough memory.
   */
  public Optional<ContainerInstance> leastRemainingCpuFitting(int cpu, int memoryMiB) {
    RemainingKey probe = new Probe(memoryMiB, Integer.MIN_VALUE, Long.MIN_VALUE);
    for (TreeSet<RemainingKey> level : activeByCpuThenMemory.tailMap(cpu, true).values()) {
      RemainingKey candidate = level.ceiling(probe);
      if (candidate != null) {
        return Optional.of((ContainerInstance) candidate);
      }
    }
    return Optional.empty();
  }

  /** Runs a change of the instance's remaining resources while keeping this pool's indexes in order. */
  void reindexAround(ContainerInstance instance, Runnable change) {
    boolean indexed = unindex(instance);
    Runnable inner = change;
    for (FieldIndex f : fieldIndexes.values()) {
      Runnable next = inner;
      inner = () -> f.reindexAround(instance, next);
    }
    inner.run();
    if (indexed) {
      index(instance);
    }
  }

  /** Indexes the ACTIVE instances by a spread field from now on (idempotent). */
  public FieldIndex indexField(String field) {
    return fieldIndexes.computeIfAbsent(field, f -> {
      FieldIndex index = new FieldIndex(f);
      activeInstances().forEach(index::add);
      return index;
    });
  }

  public java.util.Optional<FieldIndex> fieldIndex(String field) {
    return java.util.Optional.ofNullable(fieldIndexes.get(field));
  }

  /** Drops a terminated instance from the indexes (its own pool terminates it). */
  void forget(ContainerInstance instance) {
    unindex(instance);
    fieldIndexes.values().forEach(f -> f.forget(instance));
    running--;
  }

  void add(ContainerInstance instance) {
    instances.add(instance);
    index(instance);
    fieldIndexes.values().forEach(f -> f.add(instance));
    running++;
  }

  /** The instance turns DRAINING: it leaves the indexes, so nothing new is placed on it, but still runs. */
  void drain(ContainerInstance instance) {
    unindex(instance);
    fieldIndexes.values().forEach(f -> f.forget(instance));
    instance.drain();
  }

  void terminate(ContainerInstance instance, long at) {
    forget(instance);
    instance.terminate(at);
  }

  /** Changes an instance's remaining resources while keeping the indexes ordered. */
  void reserve(ContainerInstance instance, TaskRequirements req) {
    reindexAround(instance, () -> instance.reserve(req));
  }

  void release(ContainerInstance instance, TaskRequirements req) {
    reindexAround(instance, () -> instance.release(req));
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
