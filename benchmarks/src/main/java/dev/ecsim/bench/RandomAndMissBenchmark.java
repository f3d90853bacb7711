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
 * Decisions per second for RunTask's default strategy and for a task that fits nowhere, on the
 * half-full steady cluster of {@link BenchCluster}:
 * <ul>
 *   <li>{@code random}: [random]; every instance fits, so one operation places a task on the drawn
 *       instance and stops the oldest of the ring, as {@link PlacementBenchmark} does;
 *   <li>{@code binpackMiss}: [binpack(memory)] for a task whose memory no instance has left (its CPU
 *       fits everywhere): the decision fails and names the closest instance; nothing is placed, so
 *       the cluster stays as it is.
 * </ul>
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RandomAndMissBenchmark -t 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 4, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(1)
public class RandomAndMissBenchmark {

  @State(Scope.Benchmark)
  public static class Random extends PlacementBenchmark.SteadyCluster {
    @Override
    Workload workload() {
      return Workload.RANDOM;
    }
  }

  @State(Scope.Benchmark)
  public static class BinpackMiss extends PlacementBenchmark.SteadyCluster {
    @Override
    Workload workload() {
      return Workload.BINPACK;
    }
  }

  @Benchmark
  public ContainerInstance random(Random state) {
    BenchCluster cluster = state.fixture;
    PlacementDecision decision = Placement.decide(cluster.request(), cluster.pool(), cluster.cluster(), cluster.rng(),
        false);
    return cluster.placeAndRetireOldest(decision);
  }

  /** Returns the failure's reason code so the decision's closest candidate cannot be optimised away. */
  @Benchmark
  public String binpackMiss(BinpackMiss state) {
    BenchCluster cluster = state.fixture;
    PlacementDecision decision = Placement.decide(cluster.unplaceable(), cluster.pool(), cluster.cluster(),
        cluster.rng(), false);
    if (decision.placed()) {
      throw new IllegalStateException("the unplaceable task was placed on " + decision.chosen().get());
    }
    return decision.reason();
  }
}
