package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.metrics.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationsTest {

  private static Summary summary(long seed, double cost) {
    return new Summary(1, "s", seed, 1, 3600, 10, 5,
        new Summary.Cost(cost, Map.of("od", cost), Map.of("idle", cost), Map.of("on-demand", cost)),
        new Summary.Cluster(50, 40, 50, 2, 2, 2), new Summary.Tasks(4, 4, 0, 0), Map.of(), Map.of(),
        new Summary.Spot(0, 0), Map.of());
  }

  @Test
  void oneRunIsReportedAsIs() {
    ObjectNode tree = Replications.aggregate(List.of(summary(7, 1.5)));
    assertThat(tree.path("cost").path("totalUsd").asDouble()).isEqualTo(1.5);
    assertThat(tree.has("ci95HalfWidth")).isFalse();
  }

  @Test
  void threeRunsGiveMeanAndStudentTHalfWidth() {
    ObjectNode tree = Replications.aggregate(List.of(summary(7, 1), summary(8, 2), summary(9, 3)));
    // mean 2, s = 1, t(0.975, 2) = 4.302653 (t table) -> half-width 4.302653 / sqrt(3) = 2.484138
    assertThat(tree.path("cost").path("totalUsd").asDouble()).isEqualTo(2.0);
    assertThat(tree.path("ci95HalfWidth").path("cost").path("totalUsd").asDouble()).isCloseTo(2.484138, within(1e-6));
    assertThat(tree.path("ci95HalfWidth").path("cluster").path("cpuReservationAvgPct").asDouble()).isEqualTo(0.0);
    assertThat(tree.path("replications").asInt()).isEqualTo(3);
    assertThat(tree.path("seed").asLong()).isEqualTo(7);
    assertThat(tree.path("ci95HalfWidth").has("seed")).isFalse();
  }

  @Test
  void treesWithFiguresOfTheCallersOwnAreAveragedAlike() {
    List<ObjectNode> trees = new java.util.ArrayList<>();
    double[] extra = {10, 12, 14};
    for (int r = 0; r < 3; r++) {
      ObjectNode tree = Replications.JSON.valueToTree(summary(7 + r, 1 + r));
      tree.putObject("derived").put("worst", extra[r]);
      trees.add(tree);
    }

    ObjectNode tree = Replications.aggregateTrees(trees);

    // mean 12, s = 2 -> half-width 4.302653 x 2 / sqrt(3) = 4.968275
    assertThat(tree.path("derived").path("worst").asDouble()).isEqualTo(12.0);
    assertThat(tree.path("ci95HalfWidth").path("derived").path("worst").asDouble()).isCloseTo(4.968275, within(1e-6));
    assertThat(tree.path("cost").path("totalUsd").asDouble()).isEqualTo(2.0);
    assertThat(trees.get(0).has("ci95HalfWidth")).as("the input trees are left as they were").isFalse();
  }

  @Test
  void aFigureSomeReplicationsLackIsAveragedOverThoseThatHaveIt() {
    // FARGATE_SPOT started tasks in two of three seeds: its p95 start latency is 60 and 80 s there
    // and undefined in the third, so the mean is 70 s, not (60 + 80 + 0) / 3. Two values: s = 14.142136,
    // t(0.975, 1) = 12.706205 (t table) -> half-width 12.706205 x 14.142136 / sqrt(2) = 127.06205.
    List<ObjectNode> trees = new java.util.ArrayList<>();
    double[] p95 = {60, Double.NaN, 80};
    for (int r = 0; r < 3; r++) {
      ObjectNode tree = Replications.JSON.valueToTree(summary(7 + r, 1 + r));
      if (!Double.isNaN(p95[r])) {
        tree.putObject("startLatency").putObject("FARGATE_SPOT").put("p95Seconds", p95[r]);
      }
      trees.add(tree);
    }
    // Only one seed has it: its value, and no half-width.
    ObjectNode lone = Replications.JSON.valueToTree(summary(10, 4));
    lone.putObject("startLatency").putObject("FARGATE").put("p95Seconds", 50.0);

    ObjectNode tree = Replications.aggregateTrees(trees);
    ObjectNode withLone = Replications.aggregateTrees(List.of(lone, trees.get(1)));

    assertThat(tree.at("/startLatency/FARGATE_SPOT/p95Seconds").asDouble()).isEqualTo(70.0);
    assertThat(tree.at("/ci95HalfWidth/startLatency/FARGATE_SPOT/p95Seconds").asDouble())
        .isCloseTo(127.06205, within(1e-4));
    assertThat(withLone.at("/startLatency/FARGATE/p95Seconds").asDouble()).isEqualTo(50.0);
    assertThat(withLone.at("/ci95HalfWidth/startLatency/FARGATE/p95Seconds").isMissingNode()).isTrue();
    // The total cost is in every run: mean of 1, 2, 3 with the full t(0.975, 2).
    assertThat(tree.at("/ci95HalfWidth/cost/totalUsd").asDouble()).isCloseTo(2.484138, within(1e-6));
  }
}
