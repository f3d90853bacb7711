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
}
