package dev.ecsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Smoke check: the benchmarks' operation keeps the cluster sound, and JMH runs every benchmark. */
class PlacementBenchmarkTest {
  private static final int INSTANCES = 1_000;
  private static final int OPERATIONS = 600;

  static Stream<Arguments> benchmarks() {
    BiFunction<PlacementBenchmark, PlacementBenchmark.SteadyCluster, ContainerInstance> binpack =
        (b, s) -> b.binpack((PlacementBenchmark.Binpack) s);
    BiFunction<PlacementBenchmark, PlacementBenchmark.SteadyCluster, ContainerInstance> spread =
        (b, s) -> b.spreadAzThenBinpack((PlacementBenchmark.SpreadAzThenBinpack) s);
    BiFunction<PlacementBenchmark, PlacementBenchmark.SteadyCluster, ContainerInstance> memberOf =
        (b, s) -> b.memberOfThenSpread((PlacementBenchmark.MemberOfThenSpread) s);
    return Stream.of(
        Arguments.of("binpack", new PlacementBenchmark.Binpack(), binpack),
        Arguments.of("spreadAzThenBinpack", new PlacementBenchmark.SpreadAzThenBinpack(), spread),
        Arguments.of("memberOfThenSpread", new PlacementBenchmark.MemberOfThenSpread(), memberOf));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("benchmarks")
  void operationPlacesEveryTaskWithinCapacityAtConstantOccupancy(String name, PlacementBenchmark.SteadyCluster state,
      BiFunction<PlacementBenchmark, PlacementBenchmark.SteadyCluster, ContainerInstance> operation) {
    state.instances = INSTANCES;
    state.setUp();
    BenchCluster fixture = state.fixture;
    List<ContainerInstance> instances = List.copyOf(fixture.cluster().runningInstances());
    assertThat(instances).hasSize(INSTANCES);
    int placed = tasksOnInstances(instances);
    assertThat(placed).isEqualTo(INSTANCES * BenchCluster.PREFILL_PER_INSTANCE);
    long admitted = instances.stream().filter(fixture::admits).count();
    assertThat(fixture.rotatingTasks()).isEqualTo(admitted * BenchCluster.PREFILL_PER_INSTANCE);
    if (name.equals("memberOfThenSpread")) {
      assertThat(admitted).isEqualTo(INSTANCES / 2);
    }

    PlacementBenchmark benchmark = new PlacementBenchmark();
    for (int op = 0; op < OPERATIONS; op++) {
      ContainerInstance chosen = operation.apply(benchmark, state);
      assertThat(chosen).isNotNull();
      assertThat(fixture.admits(chosen)).as("op %d chose %s", op, chosen).isTrue();
      assertThat(tasksOnInstances(instances)).as("occupancy after op %d", op).isEqualTo(placed);
    }
    for (ContainerInstance i : instances) {
      assertThat(i.remainingCpu()).as("%s CPU", i).isGreaterThanOrEqualTo(0);
      assertThat(i.remainingMemoryMiB()).as("%s memory", i).isGreaterThanOrEqualTo(0);
      assertThat(i.remainingCpu()).as("%s CPU", i)
          .isEqualTo(i.registeredCpu() - i.taskCount() * BenchCluster.TASK_CPU);
      assertThat(i.remainingMemoryMiB()).as("%s memory", i)
          .isEqualTo(i.registeredMemoryMiB() - i.taskCount() * BenchCluster.TASK_MEMORY_MIB);
    }
  }

  @Test
  void jmhRunsEveryBenchmarkInProcess() throws RunnerException {
    Collection<RunResult> results = JmhSmoke.run(PlacementBenchmark.class, INSTANCES);

    assertThat(results).extracting(r -> r.getParams().getBenchmark())
        .containsExactlyInAnyOrder(name("binpack"), name("spreadAzThenBinpack"), name("memberOfThenSpread"));
    for (RunResult r : results) {
      assertThat(r.getParams().getParam("instances")).isEqualTo(String.valueOf(INSTANCES));
      assertThat(r.getPrimaryResult().getScore()).as(r.getParams().getBenchmark()).isPositive();
    }
  }

  private static String name(String method) {
    return PlacementBenchmark.class.getName() + "." + method;
  }

  private static int tasksOnInstances(List<ContainerInstance> instances) {
    int n = 0;
    for (ContainerInstance i : instances) {
      n += i.taskCount();
    }
    return n;
  }
}
