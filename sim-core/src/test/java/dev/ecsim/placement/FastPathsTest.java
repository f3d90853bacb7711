package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three answers of the index lookups, on a cluster small enough to work out by hand:
 * ci-1 (m5.large, AZ a) runs a web task of 512 CPU / 1,024 MiB; ci-2 (m5.large, AZ b) an other task
 * of 1,024 CPU / 256 MiB; ci-3 (m5.xlarge, AZ b) runs nothing.
 */
class FastPathsTest {
  private static final String WEB = "service:web";
  private static final String AZ = "attribute:ecs.availability-zone";

  private final TestCluster t = new TestCluster();
  private ContainerInstance ci1;
  private ContainerInstance ci2;

  @BeforeEach
  void cluster() {
    ci1 = t.launch("m5.large", "us-east-1a");
    ci2 = t.launch("m5.large", "us-east-1b");
    t.launch("m5.xlarge", "us-east-1b");
    t.place(ci1, WEB, 512, 1024);
    t.place(ci2, "service:other", 1024, 256);
  }

  @Test
  void binpackOnMemoryDecidesForTheLeastMemoryLeft() {
    // ci-1 has 768 MiB less memory left than ci-2, the xlarge far more.
    assertThat(choose(512, 512, PlacementStrategySpec.binpack("memory"))).isEqualTo(new FastPath.Decided(ci1));
  }

  @Test
  void binpackOnCpuDecidesForTheLeastCpuLeft() {
    // ci-2 has 1,024 units left, ci-1 1,536, the xlarge 4,096.
    assertThat(choose(512, 512, PlacementStrategySpec.binpack("cpu"))).isEqualTo(new FastPath.Decided(ci2));
  }

  @Test
  void spreadOnAnIndexedZoneDecidesForTheZoneWithFewestTasksOfTheGroup() {
    t.cluster.indexSpreadField(AZ);
    // AZ a holds web's one task, AZ b none: ci-2 and ci-3 tie, and ci-2 has the least memory left.
    assertThat(choose(512, 512, PlacementStrategySpec.spread(AZ))).isEqualTo(new FastPath.Decided(ci2));
  }

  @Test
  void aTaskNoInstanceHasTheCpuForIsAnsweredWithoutAPass() {
    assertThat(choose(8192, 512, PlacementStrategySpec.binpack("memory"))).isEqualTo(FastPath.NoInstance.ANSWER);
    t.cluster.indexSpreadField(AZ);
    assertThat(choose(8192, 512, PlacementStrategySpec.spread(AZ))).isEqualTo(FastPath.NoInstance.ANSWER);
  }

  @Test
  void strategiesTheIndexesDoNotCoverAreLeftToTheFullPass() {
    assertThat(choose(512, 512, PlacementStrategySpec.random())).isEqualTo(FastPath.NotApplicable.ANSWER);
    assertThat(choose(512, 512, PlacementStrategySpec.spread("instanceId"))).isEqualTo(FastPath.NotApplicable.ANSWER);
    // Not indexed: the cluster keeps no per-zone counts to answer from.
    assertThat(choose(512, 512, PlacementStrategySpec.spread(AZ))).isEqualTo(FastPath.NotApplicable.ANSWER);
    assertThat(choose(512, 512, PlacementStrategySpec.binpack("memory"), PlacementStrategySpec.binpack("cpu")))
        .isEqualTo(FastPath.NotApplicable.ANSWER);
    t.cluster.indexSpreadField(AZ);
    assertThat(choose(512, 512, PlacementStrategySpec.spread(AZ), PlacementStrategySpec.spread("instanceId")))
        .isEqualTo(FastPath.NotApplicable.ANSWER);
  }

  private FastPath choose(int cpu, int memory, PlacementStrategySpec... strategy) {
    PlacementRequest request = TestCluster.request(TestCluster.definition(cpu, memory), WEB, List.of(), strategy);
    return FastPaths.choose(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster);
  }
}
