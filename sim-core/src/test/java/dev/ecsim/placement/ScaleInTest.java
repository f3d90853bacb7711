package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Scale-in victims, worked by hand. Service web runs five tasks of 512 CPU / 1024 MiB:
 * ci-1 (AZ a, m5.large) has three of them, ci-2 (AZ b, m5.xlarge) one, ci-3 (AZ c, m5.large) one
 * plus an unrelated 1024 / 4096 task.
 */
class ScaleInTest {
  TestCluster t = new TestCluster();
  List<ContainerInstance> ci = List.of(
      t.launch("m5.large", "us-east-1a"), t.launch("m5.xlarge", "us-east-1b"), t.launch("m5.large", "us-east-1c"));
  List<Task> web = new ArrayList<>(List.of(
      t.place(ci.get(0), "service:web", 512, 1024), t.place(ci.get(0), "service:web", 512, 1024),
      t.place(ci.get(0), "service:web", 512, 1024), t.place(ci.get(1), "service:web", 512, 1024),
      t.place(ci.get(2), "service:web", 512, 1024)));

  {
    t.place(ci.get(2), "service:other", 1024, 4096);
  }

  @Test
  void defaultStrategyTakesFromTheAzAndInstanceWithTheMost() {
    // AZ a has three web tasks, all on ci-1; the newest of them is the third task.
    Task victim = ScaleIn.chooseVictim(web, ScaleIn.DEFAULT_SERVICE_STRATEGY, new Well19937c(1));
    assertThat(victim).isSameAs(web.get(2));
  }

  @Test
  void binpackStopsTheTaskWhoseInstanceThenHasTheMostFreeMemory() {
    // Free memory after removing one 1,024 MiB task: ci-1 8028-3072+1024 = 5980;
    // ci-2 16056-1024+1024 = 16056; ci-3 8028-1024-4096+1024 = 3932. ci-2's task goes.
    Task victim = ScaleIn.chooseVictim(web, List.of(PlacementStrategySpec.binpack("memory")), new Well19937c(1));
    assertThat(victim).isSameAs(web.get(3));
  }

  @Test
  void binpackOnCpuLooksAtCpu() {
    // Free CPU after removal: ci-1 2048-1536+512 = 1024; ci-2 4096; ci-3 2048-1536+512 = 1024. ci-2.
    assertThat(ScaleIn.chooseVictim(web, List.of(PlacementStrategySpec.binpack("cpu")), new Well19937c(1)))
        .isSameAs(web.get(3));
  }

  @Test
  void repeatedSpreadScaleInEvensTheZonesOut() {
    List<Task> remaining = new ArrayList<>(web);
    // 3/1/1 over a/b/c: two scale-ins take both from AZ a, leaving 1/1/1.
    for (int i = 0; i < 2; i++) {
      Task victim = ScaleIn.chooseVictim(remaining, ScaleIn.DEFAULT_SERVICE_STRATEGY, new Well19937c(1));
      remaining.remove(victim);
      t.cluster.stop(victim, 0, "ServiceSchedulerInitiated", "Scaling activity initiated by (deployment)");
    }
    Map<String, Integer> perAz = new HashMap<>();
    remaining.forEach(task -> perAz.merge(task.instance().orElseThrow().availabilityZone(), 1, Integer::sum));
    assertThat(perAz).containsOnly(Map.entry("us-east-1a", 1), Map.entry("us-east-1b", 1), Map.entry("us-east-1c", 1));
  }

  @Test
  void randomDrawsAmongAllTasks() {
    Well19937c rng = new Well19937c(3);
    Map<Task, Integer> seen = new HashMap<>();
    for (int i = 0; i < 500; i++) {
      seen.merge(ScaleIn.chooseVictim(web, List.of(PlacementStrategySpec.random()), rng), 1, Integer::sum);
    }
    // Uniform over 5: expected 100 each, standard deviation 8.9.
    assertThat(seen).hasSize(5);
    assertThat(seen.values()).allSatisfy(n -> assertThat(n).isBetween(55, 145));
  }
}
