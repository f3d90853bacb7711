package dev.ecsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.Summary;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A run's summary travels from a Spark task to the driver whole: every figure, bit for bit, maps in order. */
class RunSummaryTest {

  /** A summary by hand: maps of numbers and of records, a NaN, a negative zero and a long past 2^53. */
  private static Summary summary() {
    Map<String, Double> byService = new TreeMap<>(Map.of("web", 1.25, "idle", 0.5, "batch", Double.NaN));
    Map<String, Summary.ServiceFigures> services = new TreeMap<>(Map.of(
        "web", new Summary.ServiceFigures(3.5, 2, 14, 5, 4, 61.2, 0.01, 120.0, 36_000.0),
        "api", new Summary.ServiceFigures(1.0, 1, 1, 0, 0, -0.0, 0.0, 0.0, 0.0)));
    Map<String, Summary.JobFigures> jobs = new TreeMap<>(Map.of(
        "nightly", new Summary.JobFigures(10, 9, 1.5, 1.0, 3.0, 4.0, 60.0, 2, 1, 33.3, 1)));
    Map<String, Summary.StartLatency> latency = new TreeMap<>(Map.of(
        "od", new Summary.StartLatency(7, Double.NaN, 1, 2, 3, 4)));
    return new Summary(1, "hand-made", 9_007_199_254_740_993L, 1, 3600.0, 123_456,
        new Summary.Cost(2.25, Map.of("od", 2.25), byService, Map.of("on-demand", 2.25)),
        new Summary.Cluster(50.0, 40.0, 30.0, 20.0, 3, 2, 5.5),
        new Summary.Tasks(20, 19, 1, 2), services, jobs, new Summary.Spot(1, 2), latency,
        new Summary.PlacementFailures(4, new TreeMap<>(Map.of("RESOURCE:CPU", 3L, "RESOURCE:ENI", 1L))));
  }

  @Test
  void aSummaryComesBackEqualWithItsMapsInTheirOrder() {
    Summary back = JavaBytes.read(JavaBytes.of(new RunSummary(11, summary())), RunSummary.class).summary();

    assertThat(back).isEqualTo(summary());
    // Record equality compares doubles as Double.compare does: NaN equals NaN, and -0.0 stays -0.0.
    assertThat(Double.doubleToRawLongBits(back.services().get("api").cpuUtilizationAvgPct()))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(back.cost().byService().get("batch")).isNaN();
    assertThat(back.seed()).isEqualTo(9_007_199_254_740_993L);
    assertThat(back.services().keySet()).containsExactly("api", "web");
    assertThat(back.cost().byService().keySet()).containsExactly("batch", "idle", "web");
    assertThat(back.placementFailures().byReason()).containsExactly(
        Map.entry("RESOURCE:CPU", 3L), Map.entry("RESOURCE:ENI", 1L));
  }

  @Test
  void theRunNumberTravelsWithIt() {
    assertThat(JavaBytes.read(JavaBytes.of(new RunSummary(11, summary())), RunSummary.class).run()).isEqualTo(11);
  }
}
