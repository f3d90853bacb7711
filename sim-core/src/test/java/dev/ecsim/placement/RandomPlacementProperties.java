package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * {@code random} draws uniformly among the instances that pass every filter, never one that does
 * not, and finds a place whenever one exists, whether it draws by rejection or falls back to the
 * walk (few instances passing force the fallback often).
 */
class RandomPlacementProperties {
  /** Draws per passing instance: expected count 200, so a bias of a few percent shows. */
  static final int DRAWS_PER_INSTANCE = 200;
  /**
   * Significance of the chi-square test. 1e-6 keeps false alarms out of the suite (50 tries:
   * 1 run in 20,000); a sampler that favours some instances still gives p-values far below it.
   */
  static final double ALPHA = 1e-6;

  /**
   * A fleet of m5.large (2,048 CPU units, 8,028 MiB) where instance i already runs {@code load[i]}
   * tasks of 512 units / 1,024 MiB, some instances drained; the task asks 1,024 units, so only
   * instances with at most two tasks have the CPU. With {@code distinct}, instances already running
   * a task of the group are ruled out too (every third loaded instance runs one).
   */
  @Property(tries = 50)
  void drawsUniformlyAmongThePassingInstancesAndOnlyThem(
      @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 4) Integer> load,
      @ForAll @IntRange(min = 0, max = 5) int drained,
      @ForAll boolean distinct,
      @ForAll long seed) {
    TestCluster t = new TestCluster();
    List<ContainerInstance> fleet = new ArrayList<>();
    for (int i = 0; i < load.size(); i++) {
      ContainerInstance instance = t.launch("m5.large", PlacementProperties.ZONES.get(i % 3));
      for (int k = 0; k < load.get(i); k++) {
        t.place(instance, k == 0 && i % 3 == 0 ? "family:web" : "family:other", 512, 1024);
      }
      fleet.add(instance);
    }
    for (int i = 0; i < Math.min(drained, fleet.size()); i += 2) {
      t.cluster.drain(fleet.get(i * 7 % fleet.size()));
    }
    List<PlacementConstraintSpec> constraints = distinct ? List.of(new PlacementConstraintSpec.DistinctInstance())
        : List.of();
    PlacementRequest request = TestCluster.request(TestCluster.definition(1024, 1024), "family:web", constraints,
        PlacementStrategySpec.random());
    // Brute force: which instances pass, from the load table rather than the instances' counters.
    Map<ContainerInstance, Integer> passing = new LinkedHashMap<>();
    for (int i = 0; i < fleet.size(); i++) {
      ContainerInstance instance = fleet.get(i);
      boolean active = instance.state() == dev.ecsim.cluster.InstanceState.ACTIVE;
      boolean hasCpu = 2048 - 512 * load.get(i) >= 1024;
      boolean runsWeb = load.get(i) > 0 && i % 3 == 0;
      if (active && hasCpu && !(distinct && runsWeb)) {
        passing.put(instance, 0);
      }
    }
    Well19937c rng = new Well19937c(seed);
    int draws = DRAWS_PER_INSTANCE * Math.max(1, passing.size());
    for (int d = 0; d < draws; d++) {
      PlacementDecision decision = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, rng,
          false);
      assertThat(decision.placed()).isEqualTo(!passing.isEmpty());
      decision.chosen().ifPresent(i -> {
        assertThat(passing).as("drew %s, which does not pass", i).containsKey(i);
        passing.merge(i, 1, Integer::sum);
      });
    }
    assertUniform(passing);
  }

  /**
   * A crowded fleet: {@code instances} m5.large all full but {@code free} of them, so so few pass
   * that rejection mostly gives up (with 3 of 60 passing, 44 % of decisions fall back to the walk).
   */
  @Property(tries = 30)
  void staysUniformWhenFewPassAndTheDrawFallsBack(@ForAll @IntRange(min = 20, max = 80) int instances,
      @ForAll @IntRange(min = 2, max = 5) int free, @ForAll long seed) {
    TestCluster t = new TestCluster();
    Map<ContainerInstance, Integer> passing = new LinkedHashMap<>();
    java.util.Random layout = new java.util.Random(seed);
    java.util.Set<Integer> freeAt = new java.util.TreeSet<>();
    while (freeAt.size() < free) {
      freeAt.add(layout.nextInt(instances));
    }
    for (int i = 0; i < instances; i++) {
      ContainerInstance instance = t.launch("m5.large", PlacementProperties.ZONES.get(i % 3));
      if (freeAt.contains(i)) {
        passing.put(instance, 0);
      } else {
        t.place(instance, "family:other", 2048, 1024);
      }
    }
    PlacementRequest request = TestCluster.request(TestCluster.definition(512, 512), "family:web", List.of(),
        PlacementStrategySpec.random());
    Well19937c rng = new Well19937c(seed);
    for (int d = 0; d < DRAWS_PER_INSTANCE * free; d++) {
      ContainerInstance chosen = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, rng, false)
          .chosen().orElseThrow();
      assertThat(passing).as("drew %s, which does not pass", chosen).containsKey(chosen);
      passing.merge(chosen, 1, Integer::sum);
    }
    assertUniform(passing);
  }

  private static void assertUniform(Map<ContainerInstance, Integer> drawsPerInstance) {
    if (drawsPerInstance.size() < 2) {
      return;
    }
    double[] expected = new double[drawsPerInstance.size()];
    java.util.Arrays.fill(expected, DRAWS_PER_INSTANCE);
    long[] observed = drawsPerInstance.values().stream().mapToLong(Integer::longValue).toArray();
    assertThat(new ChiSquareTest().chiSquareTest(expected, observed)).as("p-value of %s", drawsPerInstance.values())
        .isGreaterThan(ALPHA);
  }

  @Property(tries = 50)
  void theSameSeedDrawsTheSameInstances(@ForAll @IntRange(min = 1, max = 30) int instances, @ForAll long seed) {
    TestCluster t = new TestCluster();
    for (int i = 0; i < instances; i++) {
      t.launch("m5.large", PlacementProperties.ZONES.get(i % 3));
    }
    PlacementRequest request = TestCluster.request(TestCluster.definition(512, 1024), "family:web", List.of(),
        PlacementStrategySpec.random());
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> run : List.of(first, second)) {
      Well19937c rng = new Well19937c(seed);
      for (int d = 0; d < 20; d++) {
        run.add(Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, rng, false)
            .chosen().orElseThrow().id());
      }
    }
    assertThat(second).isEqualTo(first);
  }
}
