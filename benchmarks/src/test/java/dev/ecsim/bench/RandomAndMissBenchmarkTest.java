package dev.ecsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Smoke check: random places on every instance kind at constant occupancy, the miss misses, JMH runs both. */
class RandomAndMissBenchmarkTest {
  private static final int INSTANCES = 1_000;

  @Test
  void randomPlacesWithinCapacityAndReachesMostOfTheFleet() {
    RandomAndMissBenchmark.Random state = new RandomAndMissBenchmark.Random();
    state.instances = INSTANCES;
    state.setUp();
    RandomAndMissBenchmark benchmark = new RandomAndMissBenchmark();
    java.util.Set<ContainerInstance> chosen = new java.util.HashSet<>();
    for (int op = 0; op < 3_000; op++) {
      chosen.add(benchmark.random(state));
    }
    // 3,000 uniform draws over 1,000 instances miss each with probability (1 - 1/1000)^3000 = 5 %.
    assertThat(chosen.size()).isBetween(900, 990);
    for (ContainerInstance i : state.fixture.cluster().runningInstances()) {
      assertThat(i.remainingCpu()).isEqualTo(i.registeredCpu() - i.taskCount() * BenchCluster.TASK_CPU);
    }
  }

  @Test
  void theMissNamesAnInstanceShortOfMemory() {
    RandomAndMissBenchmark.BinpackMiss state = new RandomAndMissBenchmark.BinpackMiss();
    state.instances = INSTANCES;
    state.setUp();
    assertThat(new RandomAndMissBenchmark().binpackMiss(state)).isEqualTo("RESOURCE:MEMORY");
  }

  @Test
  void jmhRunsBothInProcess() throws RunnerException {
    Collection<RunResult> results = JmhSmoke.run(RandomAndMissBenchmark.class, INSTANCES);
    assertThat(results).extracting(r -> r.getParams().getBenchmark()).containsExactlyInAnyOrder(
        RandomAndMissBenchmark.class.getName() + ".random", RandomAndMissBenchmark.class.getName() + ".binpackMiss");
    results.forEach(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
  }
}
