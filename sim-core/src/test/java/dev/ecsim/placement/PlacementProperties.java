package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.random.Well19937c;

/** Invariants of the placement pipeline over random clusters and random sequences of tasks. */
class PlacementProperties {
  static final List<String> TYPES = List.of("m5.large", "c5.large", "r5.large", "m5.xlarge", "c6g.large");
  static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");

  /** One step of a random history: place a task of this size and group, or stop an earlier task. */
  record Step(int cpu, int memory, int group, boolean stop, int strategy, boolean distinct) {}

  @Provide
  Arbitrary<Step> steps() {
    return net.jqwik.api.Combinators.combine(
        Arbitraries.of(128, 256, 512, 1024, 2048),
        Arbitraries.integers().between(64, 9_000),
        Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 9).map(n -> n < 2),
        Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 5).map(n -> n == 0)).as(Step::new);
  }

  static List<PlacementStrategySpec> strategy(int i) {
    return switch (i) {
      case 0 -> List.of(PlacementStrategySpec.binpack("memory"));
      case 1 -> List.of(PlacementStrategySpec.binpack("cpu"));
      case 2 -> List.of(PlacementStrategySpec.spread("attribute:ecs.availability-zone"), PlacementStrategySpec.binpack("memory"));
      case 3 -> List.of(PlacementStrategySpec.spread("instanceId"));
      default -> List.of(PlacementStrategySpec.random());
    };
  }

  @Property(tries = 200)
  void placementNeverOverCommitsAndFindsAPlaceIffBruteForceDoes(
      @ForAll @IntRange(min = 1, max = 8) int instances,
      @ForAll @Size(min = 1, max = 60) List<@From("steps") Step> steps) {
    TestCluster t = new TestCluster();
    for (int i = 0; i < instances; i++) {
      t.launch(TYPES.get(i % TYPES.size()), ZONES.get(i % ZONES.size()));
    }
    List<Task> placed = new ArrayList<>();
    Well19937c rng = new Well19937c(instances);
    for (Step s : steps) {
      if (s.stop && !placed.isEmpty()) {
        t.cluster.stop(placed.remove(0), 0, "x", "x");
        continue;
      }
      String group = "family:g" + s.group;
      List<PlacementConstraintSpec> constraints = s.distinct ? List.of(new PlacementConstraintSpec.DistinctInstance()) : List.of();
      PlacementRequest request = new PlacementRequest(TaskRequirements.of(TestCluster.definition(s.cpu, s.memory), group),
          constraints, strategy(s.strategy));
      PlacementDecision d = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, rng, false);
      boolean bruteForce = t.cluster.runningInstances().stream().anyMatch(i -> bruteForceFits(i, s, group, placed));
      assertThat(d.placed()).isEqualTo(bruteForce);
      d.chosen().ifPresent(i -> {
        assertThat(bruteForceFits(i, s, group, placed)).isTrue();
        Task task = new Task("t" + placed.size(), group, group, TestCluster.definition(s.cpu, s.memory), TestCluster.PROVIDER, 0);
        t.cluster.place(task, i, 0, 0);
        placed.add(task);
      });
    }
  }

  /** Recomputes what remains on an instance from the tasks placed on it, independently of its counters. */
  private static boolean bruteForceFits(ContainerInstance i, Step s, String group, List<Task> placed) {
    int cpu = i.registeredCpu();
    int memory = i.registeredMemoryMiB();
    boolean hasGroup = false;
    for (Task t : placed) {
      if (t.instance().orElseThrow() == i) {
        cpu -= t.cpu();
        memory -= t.memoryMiB();
        hasGroup |= t.group().equals(group);
      }
    }
    assertThat(cpu).isGreaterThanOrEqualTo(0);
    assertThat(memory).isGreaterThanOrEqualTo(0);
    return cpu >= s.cpu && memory >= s.memory && !(s.distinct && hasGroup);
  }

  static final String AZ = "attribute:ecs.availability-zone";

  static List<PlacementStrategySpec> indexable(int i) {
    return switch (i) {
      case 0 -> List.of(PlacementStrategySpec.binpack("memory"));
      case 1 -> List.of(PlacementStrategySpec.binpack("cpu"));
      case 2 -> List.of(PlacementStrategySpec.spread(AZ));
      case 3 -> List.of(PlacementStrategySpec.spread(AZ), PlacementStrategySpec.binpack("memory"));
      case 4 -> List.of(PlacementStrategySpec.spread(AZ), PlacementStrategySpec.binpack("cpu"));
      default -> List.of(PlacementStrategySpec.random());
    };
  }

  @Property(tries = 300)
  void theFastPathsPickWhatTheFullPassPicks(
      @ForAll @IntRange(min = 1, max = 12) int instances,
      @ForAll @Size(min = 1, max = 50) List<@From("steps") Step> steps,
      @ForAll @IntRange(min = 0, max = 2) int indexAfter,
      @ForAll long seed) {
    TestCluster t = new TestCluster();
    for (int i = 0; i < instances; i++) {
      t.launch(TYPES.get(i % TYPES.size()), ZONES.get(i % ZONES.size()));
    }
    List<Task> placed = new ArrayList<>();
    int n = 0;
    for (Step s : steps) {
      // Index the field before, or after some tasks are already placed: the counts must agree either way.
      if (n++ == indexAfter) {
        t.cluster.indexSpreadField(AZ);
      }
      if (s.stop && !placed.isEmpty()) {
        t.cluster.stop(placed.remove(0), 0, "x", "x");
        continue;
      }
      String group = "family:g" + s.group;
      PlacementRequest request = new PlacementRequest(TaskRequirements.of(TestCluster.definition(s.cpu, s.memory), group),
          List.of(), indexable(s.strategy == 4 && s.distinct ? 5 : s.strategy));
      // Two generators in the same state: random must make the same single draw on both paths.
      var fast = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, new Well19937c(seed + n), false);
      var full = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, new Well19937c(seed + n), true);
      assertThat(fast.chosen()).as("%s", request.strategy()).isEqualTo(full.chosen());
      assertThat(fast.failureMessage("job")).isEqualTo(full.failureMessage("job"));
      fast.chosen().ifPresent(i -> placed.add(t.place(i, group, s.cpu, s.memory)));
    }
  }

  @Property(tries = 100)
  void spreadKeepsZonesWithinOneTaskOfEachOtherWhenCapacityAllows(@ForAll @IntRange(min = 1, max = 60) int tasks,
      @ForAll @IntRange(min = 1, max = 3) int perZone) {
    TestCluster t = new TestCluster();
    for (int z = 0; z < ZONES.size(); z++) {
      for (int k = 0; k < perZone; k++) {
        t.launch("m5.4xlarge", ZONES.get(z));
      }
    }
    PlacementRequest request = TestCluster.request(TestCluster.definition(128, 128), "service:web", List.of(),
        PlacementStrategySpec.spread("attribute:ecs.availability-zone"));
    Map<String, Integer> perAz = new HashMap<>();
    for (int n = 0; n < tasks; n++) {
      ContainerInstance chosen = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster,
          new Well19937c(n), false).chosen().orElseThrow();
      t.place(chosen, "service:web", 128, 128);
      perAz.merge(chosen.availabilityZone(), 1, Integer::sum);
      int max = perAz.values().stream().max(Integer::compare).orElse(0);
      int min = ZONES.stream().mapToInt(z -> perAz.getOrDefault(z, 0)).min().orElse(0);
      assertThat(max - min).isLessThanOrEqualTo(1);
    }
  }
}
