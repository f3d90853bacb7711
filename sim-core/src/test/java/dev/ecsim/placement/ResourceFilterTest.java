package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.PortMapping;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.TaskDefinitionSpec.NetworkMode;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Ports and ENIs as docs/ecs-behaviour.md §1.5 and §4.1 count them. */
class ResourceFilterTest {

  private static TaskDefinitionSpec withHostPort(int port) {
    return TestCluster.definition(128, 128, NetworkMode.BRIDGE,
        List.of(new PortMapping(8080, OptionalInt.of(port), PortMapping.Protocol.TCP)));
  }

  @Test
  void aStaticHostPortTakesOneTaskPerInstance() {
    TestCluster t = new TestCluster();
    ContainerInstance i = t.launch("m5.large", "us-east-1a");
    t.place(i, "family:web", withHostPort(80));
    assertThat(i.missingResource(TaskRequirements.of(withHostPort(80), "family:web"))).contains("RESOURCE:PORTS");
    assertThat(i.missingResource(TaskRequirements.of(withHostPort(81), "family:web"))).isEmpty();
  }

  @Test
  void theAgentsReservedPortsAreTaken() {
    TestCluster t = new TestCluster();
    ContainerInstance i = t.launch("m5.large", "us-east-1a");
    for (int reserved : new int[] {22, 2375, 2376, 51678, 51679}) {
      assertThat(i.missingResource(TaskRequirements.of(withHostPort(reserved), "g"))).contains("RESOURCE:PORTS");
    }
  }

  @Test
  void atMostOneHundredStaticPortsCountingTheFiveReserved() {
    TestCluster t = new TestCluster();
    ContainerInstance i = t.launch("m5.4xlarge", "us-east-1a");
    for (int p = 0; p < 95; p++) {
      t.place(i, "g", withHostPort(10_000 + p));
    }
    assertThat(i.missingResource(TaskRequirements.of(withHostPort(20_000), "g"))).contains("RESOURCE:PORTS");
  }

  @Test
  void awsvpcTasksAreLimitedToMaxEnisMinusOneOrTheTrunkedCount() {
    // m5.large: 3 ENIs -> 2 awsvpc tasks; with trunking 10 (docs/ecs-behaviour.md §4.1).
    TaskDefinitionSpec awsvpc = TestCluster.definition(128, 128, NetworkMode.AWSVPC, List.of());
    TestCluster t = new TestCluster();
    ContainerInstance plain = t.launch("m5.large", "us-east-1a");
    ContainerInstance trunked = t.launch("m5.large", "us-east-1a", true);
    assertThat(plain.eniLimit()).isEqualTo(2);
    assertThat(trunked.eniLimit()).isEqualTo(10);
    t.place(plain, "g", awsvpc);
    t.place(plain, "g", awsvpc);
    assertThat(plain.missingResource(TaskRequirements.of(awsvpc, "g"))).contains("RESOURCE:ENI");
    // bridge tasks need no ENI
    assertThat(plain.missingResource(TaskRequirements.of(TestCluster.definition(128, 128), "g"))).isEmpty();
    PlacementDecision d = Placement.decide(TestCluster.request(awsvpc, "g", List.of(), PlacementStrategySpec.binpack("memory")),
        t.cluster.pool(TestCluster.PROVIDER), t.cluster, new org.apache.commons.math3.random.Well19937c(1), false);
    assertThat(d.chosen()).contains(trunked);
    assertThat(trunked.attribute("ecs.awsvpc-trunk-id")).isPresent();
  }

  @Test
  void drainingOrTerminatedInstancesAreNoCandidates() {
    TestCluster t = new TestCluster();
    ContainerInstance i = t.launch("m5.large", "us-east-1a");
    t.cluster.terminate(i, 10);
    PlacementDecision d = Placement.decide(TestCluster.request(TestCluster.definition(128, 128), "g", List.of(),
        PlacementStrategySpec.random()), t.cluster.pool(TestCluster.PROVIDER), t.cluster,
        new org.apache.commons.math3.random.Well19937c(1), true);
    assertThat(d.placed()).isFalse();
    assertThat(d.verdicts()).isEmpty();
    assertThat(d.reason()).isEqualTo("NO_INSTANCES");
  }
}
