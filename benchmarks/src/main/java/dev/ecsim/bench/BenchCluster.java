package dev.ecsim.bench;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.cluster.Cluster;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.LaunchTemplate;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.placement.PlacementDecision;
import dev.ecsim.placement.PlacementRequest;
import dev.ecsim.query.QueryParser;
import dev.ecsim.scenario.ContainerSpec;
import dev.ecsim.scenario.ImageSpec;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.TaskDefinitionSpec.NetworkMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A cluster in steady state for the placement benchmarks, and the ONLY place in this module that
 * builds sim-core records (launch templates, task definitions, tasks, placement requests): when
 * one of their constructors changes, this file is the one to fix.
 *
 * <p>The fleet alternates m5.xlarge and c5.xlarge (4,096 CPU units each; about 15.7 and 7.8 GiB
 * registered) across us-east-1a/b/c, so every zone holds both types. Setup places
 * {@value #PREFILL_PER_INSTANCE} tasks of {@value #TASK_CPU} CPU units / {@value #TASK_MEMORY_MIB} MiB on
 * every instance, round-robin: half the fleet's CPU. The tasks on instances the workload's
 * constraints admit form a FIFO ring; the rest (the c5s under memberOf) stay where they are, so
 * the instances the workload can use also stay half full. One operation places a task where
 * {@code Placement.decide} chose, then stops the oldest task of the ring, keeping occupancy constant.
 */
public final class BenchCluster {
  static final String REGION = "us-east-1";
  static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");
  static final List<String> TYPES = List.of("m5.xlarge", "c5.xlarge");
  static final String PROVIDER = "bench-cp";
  static final String GROUP = "service:bench";
  static final String AZ = "attribute:ecs.availability-zone";
  /** Matches the m5 half of the fleet. */
  static final String MEMBER_OF_M5 = "attribute:ecs.instance-type =~ m5.*";
  static final int TASK_CPU = 512;
  static final int TASK_MEMORY_MIB = 1024;
  static final int PREFILL_PER_INSTANCE = 4;
  /**
   * A task no instance can take: more memory than an m5.xlarge has left once half full (16,056 -
   * 4 x 1,024 = 11,960 MiB), while its CPU fits everywhere, so every candidate fails on memory.
   */
  static final int MISS_MEMORY_MIB = 12_288;
  private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T00:00:00Z");
  private static final String AGENT_VERSION = "1.89.0";

  /** The three placement requests measured. */
  public enum Workload {
    /** strategy [binpack(memory)], no constraint. */
    BINPACK,
    /** strategy [spread(attribute:ecs.availability-zone), binpack(memory)], no constraint. */
    SPREAD_AZ_THEN_BINPACK,
    /** constraint memberOf(attribute:ecs.instance-type =~ m5.*), strategy [spread(attribute:ecs.availability-zone)]. */
    MEMBER_OF_THEN_SPREAD,
    /** strategy [random], no constraint: RunTask's default (every instance of the fleet fits). */
    RANDOM;

    PlacementRequest request(TaskRequirements requirements) {
      return switch (this) {
        case BINPACK -> new PlacementRequest(requirements, List.of(), List.of(PlacementStrategySpec.binpack("memory")));
        case SPREAD_AZ_THEN_BINPACK -> new PlacementRequest(requirements, List.of(),
            List.of(PlacementStrategySpec.spread(AZ), PlacementStrategySpec.binpack("memory")));
        case MEMBER_OF_THEN_SPREAD -> new PlacementRequest(requirements,
            List.of(new PlacementConstraintSpec.MemberOf(MEMBER_OF_M5, QueryParser.parse(MEMBER_OF_M5))),
            List.of(PlacementStrategySpec.spread(AZ)));
        case RANDOM -> new PlacementRequest(requirements, List.of(), List.of(PlacementStrategySpec.random()));
      };
    }
  }

  private final Cluster cluster = new Cluster();
  private final InstancePool pool;
  private final TaskDefinitionSpec definition;
  private final PlacementRequest request;
  private final PlacementRequest unplaceable;
  private final RandomGenerator rng;
  /** The tasks that rotate, oldest at {@link #oldest}. */
  private final Task[] ring;
  /**
   * A task takes the id of the ring slot it fills, so the measured loop builds no id string (4% of
   * a binpack operation when it did); nothing in sim-core looks a task up by id.
   */
  private final String[] slotIds;
  private int oldest;
  private long now;

  private BenchCluster(Workload workload, int instances, long seed) {
    if (instances < ZONES.size() * TYPES.size()) {
      throw new IllegalArgumentException("at least " + ZONES.size() * TYPES.size() + " instances, got " + instances);
    }
    definition = definition(TASK_CPU, TASK_MEMORY_MIB);
    request = workload.request(TaskRequirements.of(definition, GROUP));
    unplaceable = workload.request(TaskRequirements.of(definition(TASK_CPU, MISS_MEMORY_MIB), GROUP));
    rng = new Well19937c(seed);
    // As Simulation.indexSpreadFields: spread on an attribute gets its index before any launch.
    for (PlacementStrategySpec rule : request.strategy()) {
      rule.field().filter(f -> rule.type() == PlacementStrategySpec.Type.SPREAD && f.startsWith("attribute:"))
          .ifPresent(cluster::indexSpreadField);
    }
    InstanceCatalog catalog = InstanceCatalog.bundled(REGION);
    List<LaunchTemplate> templates = TYPES.stream()
        .map(t -> template(catalog.find(t).orElseThrow(() -> new IllegalStateException(t + " not in the catalog"))))
        .toList();
    pool = cluster.pool(PROVIDER);
    List<ContainerInstance> launched = new ArrayList<>(instances);
    for (int i = 0; i < instances; i++) {
      launched.add(cluster.launch(templates.get(i % TYPES.size()), ZONES.get(i % ZONES.size()), 0, REGISTERED_AT));
    }
    List<Task> rotating = new ArrayList<>();
    for (int round = 0; round < PREFILL_PER_INSTANCE; round++) {
      for (int i = 0; i < instances; i++) {
        ContainerInstance instance = launched.get(i);
        Task task = newTask("bench-prefill-" + (round * instances + i));
        cluster.place(task, instance, now, now);
        if (admits(instance)) {
          rotating.add(task);
        }
      }
    }
    ring = rotating.toArray(new Task[0]);
    slotIds = new String[ring.length];
    for (int slot = 0; slot < ring.length; slot++) {
      slotIds[slot] = "bench-" + slot;
    }
  }

  /** A cluster of {@code instances} instances, half full, ready for {@code workload}'s placements. */
  public static BenchCluster steady(Workload workload, int instances) {
    return new BenchCluster(workload, instances, 42);
  }

  public PlacementRequest request() {
    return request;
  }

  /** The workload's placement for a task that fits nowhere ({@value #MISS_MEMORY_MIB} MiB): a miss. */
  public PlacementRequest unplaceable() {
    return unplaceable;
  }

  public InstancePool pool() {
    return pool;
  }

  public Cluster cluster() {
    return cluster;
  }

  public RandomGenerator rng() {
    return rng;
  }

  /**
   * Places a new task where {@code decision} chose, then stops the oldest task of the ring, which
   * the new one replaces. Returns the chosen instance.
   *
   * @throws IllegalStateException when the decision placed nothing (the steady state never runs out)
   */
  public ContainerInstance placeAndRetireOldest(PlacementDecision decision) {
    if (!decision.placed()) {
      throw new IllegalStateException("no placement: " + decision.failureMessage("bench"));
    }
    ContainerInstance chosen = decision.chosen().get();
    now++;
    Task task = newTask(slotIds[oldest]);
    cluster.place(task, chosen, now, now);
    cluster.stop(ring[oldest], now, "EssentialContainerExited", "Essential container in task exited");
    ring[oldest] = task;
    oldest = oldest + 1 == ring.length ? 0 : oldest + 1;
    return chosen;
  }

  /** Tasks that rotate: the occupancy of the instances the workload may use. */
  public int rotatingTasks() {
    return ring.length;
  }

  /** Whether the request's constraints admit {@code instance}. */
  public boolean admits(ContainerInstance instance) {
    for (PlacementConstraintSpec c : request.constraints()) {
      if (c instanceof PlacementConstraintSpec.MemberOf m && !m.query().matches(instance)) {
        return false;
      }
    }
    return true;
  }

  private Task newTask(String id) {
    return new Task(id, GROUP, "bench", definition, PROVIDER, now);
  }

  private static LaunchTemplate template(InstanceType type) {
    return new LaunchTemplate(PROVIDER, type, InstanceType.DEFAULT_REGISTERED_MEMORY_FRACTION, Map.of(), false,
        AGENT_VERSION, true);
  }

  private static TaskDefinitionSpec definition(int cpu, int memoryMiB) {
    ContainerSpec container = new ContainerSpec("app", new ImageSpec("bench/app:1", 100), 0, OptionalInt.empty(),
        OptionalInt.empty(), true, 0, List.of(), ContainerSpec.DEFAULT_STOP_TIMEOUT_MILLIS, OptionalLong.empty());
    return new TaskDefinitionSpec("bench", OptionalInt.of(cpu), OptionalInt.of(memoryMiB), NetworkMode.BRIDGE,
        List.of(container), List.of(), Set.of(), Optional.empty(), TaskDefinitionSpec.DEFAULT_EPHEMERAL_STORAGE_GIB);
  }
}
