package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ecsim.engine.ResourceLimitException;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.read.ScenarioLoader;
import dev.ecsim.testing.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a run holds is bounded while it plays: tasks alive at once, and the heap itself, watched
 * every 4,096 events. Either stops the run with one line naming the figure that grew.
 */
class RunBudgetTest {
  /**
   * One m5.large (2,048 CPU units) and a job whose tasks take all of it for an hour, one a second:
   * the task of second 0 runs, every later one waits.
   */
  private static final String FLOOD = """
      name: flood
      duration: 1h
      %s
      taskDefinitions:
        - {family: big, cpu: 2048, memory: 1024, containerDefinitions: [{name: c, image: "big:1"}]}
      jobs:
        - {name: flood, taskDefinition: big, arrivals: {fixed: 1s}, duration: {fixed: 1h}}
      """.formatted(Scenarios.cluster("m5.large", 1));

  @Test
  void aRunStopsWhenItsTasksAliveReachTheLimitAndSaysWhoseQueueGrew() {
    // Tasks arrive at 0, 1, ..., 99 s: 100 alive (1 running, 99 waiting). The 101st, at 100 s, would
    // pass a limit of 100.
    Simulation simulation = Simulation.build(Scenarios.parse(FLOOD)).limitTasksAlive(100);
    assertThatThrownBy(simulation::run).isInstanceOf(ResourceLimitException.class).hasMessage(
        "the run stopped at 0d 00:01:40: 100 tasks are alive at once, the most a run may hold (submitted and not "
            + "yet STOPPED); 99 of them wait for capacity, 99 of flood: give it more capacity or lower its arrivals");
  }

  @Test
  void aStopAmongManyRunsSaysWhichRunItWasAndCanBeNamed() {
    // ReplicatedRun marks each run's stop with its scenario's place and its replication, so sweep
    // and compare can say which point or file stopped; the message itself is the run's own.
    Throwable stop = catchThrowable(() -> ReplicatedRun.inRun(3, 1,
        () -> Simulation.build(Scenarios.parse(FLOOD)).limitTasksAlive(100).run()));

    assertThat(stop).isInstanceOf(ResourceLimitException.class);
    ResourceLimitException limit = (ResourceLimitException) stop;
    assertThat(limit.scenario()).hasValue(3);
    assertThat(limit.replication()).hasValue(1);
    assertThat(limit.named("sweep point 4 (x=2), seed 8").getMessage())
        .isEqualTo("sweep point 4 (x=2), seed 8: the run stopped at 0d 00:01:40: 100 tasks are alive at once, the "
            + "most a run may hold (submitted and not yet STOPPED); 99 of them wait for capacity, 99 of flood: give "
            + "it more capacity or lower its arrivals");
    // A stop of a run alone knows no place.
    assertThat(new ResourceLimitException(0, "x").scenario()).isEmpty();
  }

  @Test
  void theDefaultLimitIsAMillionTasks() {
    assertThat(RunLimits.MAX_TASKS_ALIVE).isEqualTo(1_000_000);
  }

  @Test
  void aNearlyFullHeapStopsTheRunAtTheFirstWatchNamingWhatItHoldsMostOf() {
    // A heap 95 % full after every collection: the watch stops the run at the 4,096th event. By then
    // the flood holds thousands of waiting tasks at ~600 bytes, far above anything else it holds.
    HeapWatch.Heap full = new FixedHeap(973L << 20, 1L << 30);
    Simulation simulation = Simulation.build(Scenarios.parse(FLOOD.replace("1h", "3h"))).watchHeap(full);
    assertThatThrownBy(simulation::run).isInstanceOf(ResourceLimitException.class)
        .hasMessageContaining("memory is nearly full (973 MiB of 1.00 GiB in use after garbage collection), most "
            + "of it ")
        .hasMessageContaining(" tasks alive at once; give Java more memory (ECSIM_JAVA_OPTS=-Xmx8g)");
    assertThat(simulation.workCounts().events()).isEqualTo(4_096);
  }

  @Test
  void aHeapBelowNinetyPercentLetsTheRunFinish() {
    HeapWatch.Heap roomy = new FixedHeap(900L << 20, 1L << 30); // 87.9 %
    Simulation simulation = Simulation.build(Scenarios.parse(FLOOD.replace("1h", "3h"))).watchHeap(roomy);
    assertThat(simulation.run().summary()).isNotNull();
    assertThat(simulation.workCounts().events()).isGreaterThan(4_096);
  }

  @Test
  void theWatchNamesTheLargestFigureByItsBytes() {
    // 10,000 events at 80 bytes (800 kB) against 1,000 tasks at 600 bytes (600 kB).
    HeapWatch watch = new HeapWatch(new FixedHeap(95L << 20, 100L << 20), () -> List.of(
        new HeapWatch.Figure("tasks alive at once", 1_000, 600),
        new HeapWatch.Figure("events scheduled ahead", 10_000, 80)), () -> 90_061_000L);
    assertThatThrownBy(watch::check).hasMessage("the run stopped at 1d 01:01:01: memory is nearly full (95 MiB of "
        + "100 MiB in use after garbage collection), most of it 10,000 events scheduled ahead; give Java more memory "
        + "(ECSIM_JAVA_OPTS=-Xmx8g) or ask for less (docs/scenario-reference.md, Limits)");
  }

  @Test
  void validateCountsTheSeriesEveryBundledScenarioSamples() throws Exception {
    // RunLimits counts the series from the scenario alone; the run builds them from its parts. A
    // disagreement would let a scenario past the metrics limit or refuse one within it.
    try (Stream<Path> files = Files.walk(Path.of("../scenarios"))) {
      // scenarios/sweeps/ holds sweep files (docs/sweeps.md), not scenarios.
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains("bench")
          && !f.toString().contains("sweeps")).toList()) {
        Scenario scenario = ScenarioLoader.load(file).withDuration(60_000);
        int columns = Simulation.build(scenario).run().series().columns().size();
        assertThat(RunLimits.series(scenario)).as(file.toString()).isEqualTo(columns);
      }
    }
  }

  private record FixedHeap(long usedAfterCollection, long max) implements HeapWatch.Heap {}
}
