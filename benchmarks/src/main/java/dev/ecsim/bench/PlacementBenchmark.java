package dev.ecsim.bench;

import dev.ecsim.bench.BenchCluster.Workload;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.placement.Placement;
import dev.ecsim.placement.PlacementDecision;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Placements per second on a half-full cluster in steady state (see {@link BenchCluster}): one
 * operation decides where one task goes, places it, and stops the oldest task so occupancy stays
 * constant.
 *
 * <ul>
 *   <li>{@code binpack}: [binpack(memory)], answered from the pool's CPU-then-memory index;
 *   <li>{@code spreadAzThenBinpack}: [spread(attribute:ecs.availability-zone), binpack(memory)],
 *       answered from the zone index: the best fit in each zone's sub-pool;
 *   <li>{@code memberOfThenSpread}: memberOf(attribute:ecs.instance-type =~ m5.*) then
 *       [spread(attribute:ecs.availability-zone)]: a constraint takes the full pass over every candidate.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar -t 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Warm-up is long for an operation of microseconds: on 10,000 instances binpack runs at a third
// of its steady speed for the first 6-8 s, mostly compilation (a second cluster built in the same
// JVM starts several times faster than the first).
@Warmup(iterations = 3, time = 4, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(1)
public class PlacementBenchmark {

  /** One steady cluster per benchmark and fleet size, built once per trial (outside the measurement). */
  @State(Scope.Benchmark)
  public abstract static class SteadyCluster {
    @Param({"1000", "10000"})
    public int instances;

    BenchCluster fixture;

    abstract Workload workload();

    @Setup(Level.Trial)
    public void setUp() {
      fixture = BenchCluster.steady(workload(), instances);
    }
  }

  @State(Scope.Benchmark)
  public static class Binpack extends SteadyCluster {
    @Override
    Workload workload() {
      return Workload.BINPACK;
    }
  }

  @State(Scope.Benchmark)
  public static class SpreadAzThenBinpack extends SteadyCluster {
    @Override
    Workload workload() {
      return Workload.SPREAD_AZ_THEN_BINPACK;
    }
  }

  @State(Scope.Benchmark)
  public static class MemberOfThenSpread extends SteadyCluster {
    @Override
    Workload workload() {
      return Workload.MEMBER_OF_THEN_SPREAD;
    }
  }

  @Benchmark
  public ContainerInstance binpack(Binpack state) {
    return placeOne(state.fixture);
  }

  @Benchmark
  public ContainerInstance spreadAzThenBinpack(SpreadAzThenBinpack state) {
    return placeOne(state.fixture);
  }

  /**
   * Longer warm-up: on 10,000 instances an operation takes milliseconds, and it runs 5-8 times
   * slower until some 600 operations have gone by, when HotSpot compiles the methods called once
   * per decision (the full pass, the strategy rules) with C2 (Tier4MinInvocationThreshold is 600).
   */
  @Benchmark
  @Warmup(iterations = 3, time = 10, timeUnit = TimeUnit.SECONDS)
  public ContainerInstance memberOfThenSpread(MemberOfThenSpread state) {
    return placeOne(state.fixture);
  }

  private static ContainerInstance placeOne(BenchCluster cluster) {
    PlacementDecision decision = Placement.decide(cluster.request(), cluster.pool(), cluster.cluster(), cluster.rng(),
        false);
    return cluster.placeAndRetireOldest(decision);
  }
}
