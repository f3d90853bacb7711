package dev.ecsim.cluster;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The container instances of one capacity provider, with an index of the ACTIVE ones by remaining
 * CPU, then remaining memory, so binpack finds the tightest fit in O(D log n), D being the number
 * of distinct remaining-CPU levels that fit the task (few: tasks come in a handful of sizes),
 * without scanning instances that are full on either resource. Only live instances are held: a
 * terminated one leaves every structure here, so nothing walked grows with the horizon.
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
  /** Launched and not terminated (ACTIVE or DRAINING), in launch order. */
  private final LiveInstances running = new LiveInstances();
  /** ACTIVE, in launch order and drawable by position. */
  private final LiveInstances active = new LiveInstances();
  private int activeWithTasks;
  private final InstanceVisits visits;
  /** remaining CPU -> ACTIVE instances with exactly that much CPU left, by remaining memory. */
  private final TreeMap<Integer, TreeSet<RemainingKey>> activeByCpuThenMemory = new TreeMap<>();
  private final Map<String, FieldIndex> fieldIndexes = new LinkedHashMap<>();

  InstancePool(String capacityProvider, InstanceVisits visits) {
    this.capacityProvider = capacityProvider;
    this.visits = visits;
  }

  public String capacityProvider() {
    return capacityProvider;
  }

  /**
   * Instances launched and not terminated (ACTIVE or DRAINING), oldest first: a read-only view, so
   * iterate it before launching or terminating any.
   */
  public Collection<ContainerInstance> runningInstances() {
    visits.add(running.size());
    return running.view();
  }

  /** Instances launched and not terminated. */
  public int runningCount() {
    return running.size();
  }

  /**
   * ACTIVE instances, oldest first: the candidates of a full placement pass. A read-only view, not
   * a copy (a copy per call was a fifth of an EC2 year's time, cluster auto scaling asking every
   * minute), so iterate it before launching, draining or terminating any.
   */
  public Collection<ContainerInstance> activeInstances() {
    visits.add(active.size());
    return active.view();
  }

  public int activeCount() {
    return active.size();
  }

  /**
   * The ACTIVE instance at {@code index}, 0 <= index < {@link #activeCount()}: for drawing one at
   * random in O(1). Positions are not launch order (a removal moves the last one into its place) but
   * follow from the launches, drains and terminations alone, so a seeded draw is reproducible.
   */
  public ContainerInstance activeAt(int index) {
    visits.add(1);
    return active.at(index);
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

  /**
   * The ACTIVE instances that fit {@code cpu} and {@code memoryMiB}, by remaining CPU, then memory,
   * then age: O(D log n) to start plus one step per instance, none of those that do not fit visited.
   * Iterate it before the pool changes.
   */
  public Iterable<ContainerInstance> fitting(int cpu, int memoryMiB) {
    RemainingKey probe = new Probe(memoryMiB, Integer.MIN_VALUE, Long.MIN_VALUE);
    Iterable<TreeSet<RemainingKey>> levels = activeByCpuThenMemory.tailMap(cpu, true).values();
    return () -> new Iterator<>() {
      private final Iterator<TreeSet<RemainingKey>> level = levels.iterator();
      private Iterator<RemainingKey> inLevel = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!inLevel.hasNext() && level.hasNext()) {
          inLevel = level.next().tailSet(probe).iterator();
        }
        return inLevel.hasNext();
      }

      @Override
      public ContainerInstance next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        visits.add(1);
        return (ContainerInstance) inLevel.next();
      }
    };
  }

  /**
   * ACTIVE instances with at least one task (reserved: placed and not yet stopped), kept as tasks
   * come and go, so cluster auto scaling's minute need not walk the instances to count them.
   */
  public int activeWithTasksCount() {
    return activeWithTasks;
  }

  /** Runs a change of the instance's remaining resources while keeping this pool's indexes in order. */
  void reindexAround(ContainerInstance instance, Runnable change) {
    boolean hadTasks = instance.taskCount() > 0;
    boolean indexed = unindex(instance); // indexed: ACTIVE in this pool
    Runnable inner = change;
    for (FieldIndex f : fieldIndexes.values()) {
      Runnable next = inner;
      inner = () -> f.reindexAround(instance, next);
    }
    inner.run();
    if (indexed) {
      index(instance);
      boolean hasTasks = instance.taskCount() > 0;
      activeWithTasks += (hasTasks ? 1 : 0) - (hadTasks ? 1 : 0);
    }
  }

  /** Indexes the ACTIVE instances by a spread field from now on (idempotent). */
  public FieldIndex indexField(String field) {
    return fieldIndexes.computeIfAbsent(field, f -> {
      FieldIndex index = new FieldIndex(f, visits);
      activeInstances().forEach(index::add);
      return index;
    });
  }

  public java.util.Optional<FieldIndex> fieldIndex(String field) {
    return java.util.Optional.ofNullable(fieldIndexes.get(field));
  }

  /** Drops a terminated instance from the indexes (its own pool terminates it). */
  void forget(ContainerInstance instance) {
    leaveActive(instance);
    fieldIndexes.values().forEach(f -> f.forget(instance));
    running.remove(instance);
  }

  void add(ContainerInstance instance) {
    running.add(instance);
    active.add(instance);
    index(instance);
    fieldIndexes.values().forEach(f -> f.add(instance));
  }

  /** The instance turns DRAINING: it leaves the indexes, so nothing new is placed on it, but still runs. */
  void drain(ContainerInstance instance) {
    leaveActive(instance);
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

  private void leaveActive(ContainerInstance instance) {
    if (unindex(instance) && instance.taskCount() > 0) {
      activeWithTasks--;
    }
    active.remove(instance);
  }

  private void index(ContainerInstance instance) {
    activeByCpuThenMemory.computeIfAbsent(instance.remainingCpu(), c -> new TreeSet<>(BY_REMAINING_MEMORY)).add(instance);
  }

  private boolean unindex(ContainerInstance instance) {
    TreeSet<RemainingKey> level = activeByCpuThenMemory.get(instance.remainingCpu());
    if (level == null || !level.remove(instance)) {
      return false;
    }
    if (level.isEmpty()) {
      activeByCpuThenMemory.remove(instance.remainingCpu());
    }
    return true;
  }
}
