package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.StrategyItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategyChooserTest {

  private static Map<String, Integer> place(List<StrategyItem> strategy, int tasks) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < tasks; i++) {
      String p = StrategyChooser.choose(strategy, name -> counts.getOrDefault(name, 0));
      counts.merge(p, 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void baseTwoThenWeightsOneToThreeSplitTenAsFourAndSix() {
    // docs/ecs-behaviour.md §5.1 (derived): FARGATE base 2 weight 1 + FARGATE_SPOT weight 3,
    // desired 10 -> 4 / 6.
    var counts = place(List.of(new StrategyItem("A", 2, 1), new StrategyItem("B", 0, 3)), 10);
    assertThat(counts).containsEntry("A", 4).containsEntry("B", 6);
  }

  @Test
  void weightsOneToFourPutOneOnAPerFourOnB() {
    // ECS DG: weight 1 : 4 -> one task on A for every four on B.
    var counts = place(List.of(new StrategyItem("A", 0, 1), new StrategyItem("B", 0, 4)), 50);
    assertThat(counts).containsEntry("A", 10).containsEntry("B", 40);
  }

  @Test
  void weightZeroIsNeverUsedBeyondItsBase() {
    var counts = place(List.of(new StrategyItem("A", 3, 0), new StrategyItem("B", 0, 1)), 8);
    assertThat(counts).containsEntry("A", 3).containsEntry("B", 5);
  }
}
