package dev.ecsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Means and Student-t 95 % half-widths over replications, typed ({@link Replicated}) and as
 * summary.json's tree ({@link Replications#aggregate}), checked against t-table values.
 */
class ReplicationsTest {

  static Summary summary(long seed, double cost) {
    return summary(seed, cost, Map.of());
  }

  private static Summary summary(long seed, double cost, Map<String, Summary.StartLatency> latency) {
    return new Summary(1, "s", seed, 1, 3600, 10,
        new Summary.Cost(cost, Map.of("od", cost), Map.of("idle", cost), Map.of("on-demand", cost)),
        new Summary.Cluster(50, 40, 50, 30, 2, 2, 2), new Summary.Tasks(4, 4, 0, 0), Map.of(), Map.of(),
        new Summary.Spot(0, 0), latency);
  }

  @Test
  void oneRunIsReportedAsIs() {
    ObjectNode tree = Replications.aggregate(List.of(summary(7, 1.5)));
    assertThat(tree.path("cost").path("totalUsd").asDouble()).isEqualTo(1.5);
    assertThat(tree.has("ci95HalfWidth")).isFalse();
    Estimate typed = Replicated.of(List.of(summary(7, 1.5))).estimate(s -> s.cost().totalUsd());
    assertThat(typed).isEqualTo(new Estimate(1.5, OptionalDouble.empty(), 1));
  }

  @Test
  void threeRunsGiveMeanAndStudentTHalfWidth() {
    List<Summary> runs = List.of(summary(7, 1), summary(8, 2), summary(9, 3));
    ObjectNode tree = Replications.aggregate(runs);
    // mean 2, s = 1, t(0.975, 2) = 4.302653 (t table) -> half-width 4.302653 / sqrt(3) = 2.484138
    assertThat(tree.path("cost").path("totalUsd").asDouble()).isEqualTo(2.0);
    assertThat(tree.path("ci95HalfWidth").path("cost").path("totalUsd").asDouble()).isCloseTo(2.484138, within(1e-6));
    assertThat(tree.path("ci95HalfWidth").path("cluster").path("cpuReservationAvgPct").asDouble()).isEqualTo(0.0);
    assertThat(tree.path("replications").asInt()).isEqualTo(3);
    assertThat(tree.path("seed").asLong()).isEqualTo(7);
    assertThat(tree.path("ci95HalfWidth").has("seed")).isFalse();
    Estimate typed = Replicated.of(runs).estimate(s -> s.cost().totalUsd());
    assertThat(typed.mean()).isEqualTo(2.0);
    assertThat(typed.halfWidth().getAsDouble()).isCloseTo(2.484138, within(1e-6));
  }

  /** A run with {@code eni} failed attempts for RESOURCE:ENI and one for RESOURCE:CPU. */
  private static Summary withFailures(long seed, int eni) {
    PlacementFailureCounts counts = new PlacementFailureCounts();
    for (int i = 0; i < eni; i++) {
      counts.count(PlacementFailureReason.ENI);
    }
    counts.count(PlacementFailureReason.CPU);
    Summary s = summary(seed, 1);
    return new Summary(s.schemaVersion(), s.scenario(), s.seed(), s.replications(), s.horizonSeconds(), s.events(),
        s.cost(), s.cluster(), s.tasks(), s.services(), s.jobs(), s.spot(), s.startLatency(), counts.figures());
  }

  @Test
  void placementFailuresByReasonAreAveragedLikeOtherCounts() {
    ObjectNode tree = Replications.aggregate(List.of(withFailures(7, 2), withFailures(8, 4), withFailures(9, 6)));
    // ENI: 2, 4, 6 -> mean 4, s = 2, half-width 4.302653 x 2 / sqrt(3) = 4.968275; CPU 1 each; totals 3, 5, 7.
    assertThat(tree.path("placementFailures").path("total").asDouble()).isEqualTo(5.0);
    assertThat(tree.path("placementFailures").path("byReason").path("RESOURCE:ENI").asDouble()).isEqualTo(4.0);
    assertThat(tree.path("placementFailures").path("byReason").path("RESOURCE:CPU").asDouble()).isEqualTo(1.0);
    assertThat(tree.path("placementFailures").path("byReason").path("MemberOf").asDouble()).isEqualTo(0.0);
    assertThat(tree.path("ci95HalfWidth").path("placementFailures").path("byReason").path("RESOURCE:ENI").asDouble())
        .isCloseTo(4.968275, within(1e-6));
  }

  @Test
  void aFigureDerivedPerRunIsAveragedLikeAnyOther() {
    // 10, 12, 14: mean 12, s = 2 -> half-width 4.302653 x 2 / sqrt(3) = 4.968275
    Replicated<Summary> runs = Replicated.of(List.of(summary(7, 1), summary(8, 2), summary(9, 3)));
    Estimate derived = runs.estimate(s -> 8 + 2 * s.cost().totalUsd());
    assertThat(derived.mean()).isEqualTo(12.0);
    assertThat(derived.halfWidth().getAsDouble()).isCloseTo(4.968275, within(1e-6));
  }

  @Test
  void aFigureSomeReplicationsLackIsAveragedOverThoseThatHaveIt() {
    // FARGATE_SPOT started tasks in two of three seeds: its p95 start latency is 60 and 80 s there
    // and undefined in the third, so the mean is 70 s, not (60 + 80 + 0) / 3. Two values: s = 14.142136,
    // t(0.975, 1) = 12.706205 (t table) -> half-width 12.706205 x 14.142136 / sqrt(2) = 127.06205.
    double[] p95 = {60, Double.NaN, 80};
    List<Summary> runs = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      runs.add(summary(7 + r, 1 + r, Double.isNaN(p95[r]) ? Map.of()
          : Map.of("FARGATE_SPOT", new Summary.StartLatency(1, p95[r], p95[r], p95[r], p95[r], p95[r]))));
    }
    Replicated<Summary> replicated = Replicated.of(runs);

    Estimate latency = replicated.estimateWhereDefined(s -> s.startLatency().containsKey("FARGATE_SPOT")
        ? OptionalDouble.of(s.startLatency().get("FARGATE_SPOT").p95Seconds()) : OptionalDouble.empty()).orElseThrow();

    assertThat(latency.mean()).isEqualTo(70.0);
    assertThat(latency.runs()).isEqualTo(2);
    assertThat(latency.halfWidth().getAsDouble()).isCloseTo(127.06205, within(1e-4));
    assertThat(replicated.perRun(s -> s.startLatency().containsKey("FARGATE_SPOT")
        ? OptionalDouble.of(s.startLatency().get("FARGATE_SPOT").p95Seconds()) : OptionalDouble.empty()))
        .containsExactly(60, Double.NaN, 80);
    ObjectNode tree = Replications.aggregate(runs);
    assertThat(tree.at("/startLatency/FARGATE_SPOT/p95Seconds").asDouble()).isEqualTo(70.0);
    assertThat(tree.at("/ci95HalfWidth/startLatency/FARGATE_SPOT/p95Seconds").asDouble())
        .isCloseTo(127.06205, within(1e-4));
    // Only one seed has it: its value, and no half-width.
    Estimate lone = Replicated.of(List.of(runs.get(0), runs.get(1))).estimateWhereDefined(s ->
        s.startLatency().containsKey("FARGATE_SPOT") ? OptionalDouble.of(s.startLatency().get("FARGATE_SPOT").p95Seconds())
            : OptionalDouble.empty()).orElseThrow();
    assertThat(lone).isEqualTo(new Estimate(60, OptionalDouble.empty(), 1));
  }

  @Property(tries = 200)
  void summaryJsonAndTheTypedEstimatesAgree(@ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 1e6) Double> costs) {
    // The report reads the typed estimates and summary.json is written from the tree: one must
    // never show a figure the other does not.
    List<Summary> runs = new ArrayList<>();
    for (int i = 0; i < costs.size(); i++) {
      runs.add(summary(i, Rounding.round6(costs.get(i))));
    }
    ObjectNode tree = Replications.aggregate(runs);
    Estimate typed = Replicated.of(runs).estimate(s -> s.cost().totalUsd());
    assertThat(tree.path("cost").path("totalUsd").asDouble()).isEqualTo(typed.mean());
    if (runs.size() > 1) {
      assertThat(tree.path("ci95HalfWidth").path("cost").path("totalUsd").asDouble())
          .isEqualTo(typed.halfWidth().getAsDouble());
    } else {
      assertThat(typed.halfWidth()).isEmpty();
    }
  }
}
