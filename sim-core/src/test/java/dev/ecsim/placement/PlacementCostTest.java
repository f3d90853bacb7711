package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * What a decision costs, counted in instances checked one by one ({@link PlacementDecision#examined}),
 * never timed: the unexplained shortcuts must not walk a large fleet.
 *
 * <p>The fleet: 10,000 m5.large (2,048 CPU units, 8,028 MiB registered) over three AZs, each
 * running one task of 1,024 CPU units and 2,048 MiB, so 1,024 units and 5,980 MiB remain on each.
 */
class PlacementCostTest {
  static final int FLEET = 10_000;
  static final List<String> ZONES = List.of("us-east-1a", "us-east-1b", "us-east-1c");

  final TestCluster t = new TestCluster();
  final List<ContainerInstance> fleet;

  PlacementCostTest() {
    t.cluster.indexSpreadField(PlacementProperties.AZ);
    fleet = new java.util.ArrayList<>();
    for (int i = 0; i < FLEET; i++) {
      ContainerInstance instance = t.launch("m5.large", ZONES.get(i % ZONES.size()));
      t.place(instance, "family:other", 1024, 2048);
      fleet.add(instance);
    }
  }

  private PlacementDecision decide(int cpu, int memory, boolean explain, PlacementStrategySpec... strategy) {
    return Placement.decide(TestCluster.request(TestCluster.definition(cpu, memory), "family:web", List.of(), strategy),
        t.cluster.pool(TestCluster.PROVIDER), t.cluster, new Well19937c(1), explain);
  }

  @Test
  void aMissOnMemoryIsAnsweredWithoutAPassAndNamesTheOldestInstance() {
    // 512 units fit everywhere, 6,000 MiB nowhere (5,980 remain): all fail on memory, ci-000001 is oldest.
    for (PlacementStrategySpec s : List.of(PlacementStrategySpec.binpack("memory"), PlacementStrategySpec.binpack("cpu"),
        PlacementStrategySpec.spread(PlacementProperties.AZ))) {
      PlacementDecision d = decide(512, 6000, false, s);
      assertThat(d.placed()).isFalse();
      assertThat(d.failureMessage("job")).endsWith("container-instance ci-000001 has insufficient memory available.");
      assertThat(d.examined()).as("%s", s).isEqualTo(1);
    }
  }

  @Test
  void aMissOnCpuIsAnsweredWithoutAPass() {
    // 1,025 units: every instance fails on CPU first; the oldest ACTIVE one is named.
    PlacementDecision d = decide(1025, 128, false, PlacementStrategySpec.binpack("memory"));
    assertThat(d.reason()).isEqualTo("RESOURCE:CPU");
    assertThat(d.closest().orElseThrow().instance()).isSameAs(fleet.get(0));
    assertThat(d.examined()).isEqualTo(1);
  }

  @Test
  void theExplainedMissChecksEveryInstanceAndAgrees() {
    PlacementDecision quick = decide(512, 6000, false, PlacementStrategySpec.binpack("memory"));
    PlacementDecision explained = decide(512, 6000, true, PlacementStrategySpec.binpack("memory"));
    assertThat(explained.examined()).isEqualTo(FLEET);
    assertThat(explained.verdicts()).hasSize(FLEET);
    assertThat(quick.verdicts()).isEmpty();
    assertThat(quick.failureMessage("job")).isEqualTo(explained.failureMessage("job"));
  }

  @Test
  void randomWhereMostInstancesFitExaminesOnePerDecision() {
    // 256 units / 512 MiB fit four times over on every instance: 2,000 tasks leave nearly all passing.
    int total = 0;
    for (int n = 0; n < 2_000; n++) {
      PlacementDecision d = Placement.decide(TestCluster.request(TestCluster.definition(256, 512), "family:web",
          List.of(), PlacementStrategySpec.random()), t.cluster.pool(TestCluster.PROVIDER), t.cluster,
          new Well19937c(n), false);
      t.place(d.chosen().orElseThrow(), "family:web", 256, 512);
      assertThat(d.examined()).isLessThanOrEqualTo(RandomPlacement.DRAWS);
      total += d.examined();
    }
    // At most 2,000 x 4 / 40,000 = 5 % of draws can hit a full instance: well under 1.2 per decision.
    assertThat(total).isLessThan(2_400);
  }

  @Test
  void randomWhereFewFitWalksOnlyThoseWithTheCpuAndMemory() {
    // Fill all but five instances: rejection gives up, and the fallback visits the five, twice.
    for (int i = 5; i < FLEET; i++) {
      t.place(fleet.get(i), "family:other", 1024, 1024);
    }
    PlacementDecision d = Placement.decide(TestCluster.request(TestCluster.definition(512, 1024), "family:web",
        List.of(), PlacementStrategySpec.random()), t.cluster.pool(TestCluster.PROVIDER), t.cluster,
        new Well19937c(3), false);
    assertThat(d.chosen().orElseThrow().ordinal()).isBetween(1L, 5L);
    assertThat(d.examined()).isLessThanOrEqualTo(RandomPlacement.DRAWS + 2 * 5);
  }
}
