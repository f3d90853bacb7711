package dev.ecsim.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.query.QueryParser;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementConstraintSpec.DistinctInstance;
import dev.ecsim.scenario.PlacementConstraintSpec.MemberOf;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One discriminating fixture: six instances of mixed types in three AZs, with tasks already on
 * them, on which the strategies and chains pick different instances. Each expected winner is
 * derived by hand below from the ECS rules (docs/ecs-behaviour.md §1.1) and ecsim's final tie-break
 * (least remaining memory, then CPU, then oldest).
 *
 * <pre>
 * instance  AZ  type        registered     already placed                 remaining      web tasks
 * ci-1      a   m5.large    2048 /  8028   web 1024/2028                  1024 /  6000   1
 * ci-2      a   m5.xlarge   4096 / 16056   web 1024/13056                 3072 /  3000   1
 * ci-3      b   m5.xlarge   4096 / 16056   web 512/9052                   3584 /  7004   1
 * ci-4      b   r5.large    2048 / 16056   -                              2048 / 16056   0
 * ci-5      c   r5.large    2048 / 16056   other 512/7056                 1536 /  9000   0
 * ci-6      c   r5.xlarge   4096 / 32112   web 768/10056 + web 768/10056  2560 / 12000   2
 * web tasks per AZ: a = 2, b = 1, c = 2.   New task: web, 512 CPU / 1024 MiB (fits everywhere).
 * </pre>
 */
class PlacementFixtureTest {
  static final String WEB = "family:web";
  static final PlacementStrategySpec AZ = PlacementStrategySpec.spread("attribute:ecs.availability-zone");
  static final PlacementStrategySpec INSTANCE = PlacementStrategySpec.spread("instanceId");
  static final PlacementStrategySpec MEMORY = PlacementStrategySpec.binpack("memory");
  static final PlacementStrategySpec CPU = PlacementStrategySpec.binpack("cpu");

  TestCluster t;
  List<ContainerInstance> ci;

  @BeforeEach
  void build() {
    t = new TestCluster();
    ci = List.of(
        t.launch("m5.large", "us-east-1a"),
        t.launch("m5.xlarge", "us-east-1a"),
        t.launch("m5.xlarge", "us-east-1b"),
        t.launch("r5.large", "us-east-1b"),
        t.launch("r5.large", "us-east-1c"),
        t.launch("r5.xlarge", "us-east-1c"));
    t.place(ci.get(0), WEB, 1024, 2028);
    t.place(ci.get(1), WEB, 1024, 13056);
    t.place(ci.get(2), WEB, 512, 9052);
    t.place(ci.get(4), "family:other", 512, 7056);
    t.place(ci.get(5), WEB, 768, 10056);
    t.place(ci.get(5), WEB, 768, 10056);
  }

  @Test
  void theFixtureIsWhatTheTableSays() {
    assertThat(ci).extracting(ContainerInstance::remainingCpu).containsExactly(1024, 3072, 3584, 2048, 1536, 2560);
    assertThat(ci).extracting(ContainerInstance::remainingMemoryMiB).containsExactly(6000, 3000, 7004, 16056, 9000, 12000);
  }

  record Case(String name, List<PlacementConstraintSpec> constraints, List<PlacementStrategySpec> strategy, int winner) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    PlacementConstraintSpec xlargeR5 = new MemberOf("attribute:ecs.instance-type == r5.xlarge",
        QueryParser.parse("attribute:ecs.instance-type == r5.xlarge"));
    return List.of(
        // least remaining memory that fits: ci-2 with 3000 MiB
        new Case("binpack(memory)", List.of(), List.of(MEMORY), 2),
        // least remaining CPU: ci-1 with 1024 units
        new Case("binpack(cpu)", List.of(), List.of(CPU), 1),
        // AZ b has fewest web tasks (1); ci-3 and ci-4 tie; tie-break least memory: ci-3 (7004)
        new Case("spread(AZ)", List.of(), List.of(AZ), 3),
        // the chain of docs/ecs-behaviour.md §1.1: AZ b, then least remaining memory: ci-3
        new Case("spread(AZ), binpack(memory)", List.of(), List.of(AZ, MEMORY), 3),
        // AZ b, then the instance with fewest web tasks: ci-4 (0)
        new Case("spread(AZ), spread(instanceId)", List.of(), List.of(AZ, INSTANCE), 4),
        // instances with no web task: ci-4, ci-5; tie-break least memory: ci-5 (9000)
        new Case("spread(instanceId)", List.of(), List.of(INSTANCE), 5),
        // only ci-6 is an r5.xlarge
        new Case("memberOf(r5.xlarge), binpack(memory)", List.of(xlargeR5), List.of(MEMORY), 6),
        // distinctInstance leaves ci-4 (AZ b, 1 web) and ci-5 (AZ c, 2 web): spread picks ci-4
        new Case("distinctInstance, spread(AZ)", List.of(new DistinctInstance()), List.of(AZ), 4),
        // distinctInstance then binpack(cpu): ci-5 (1536) over ci-4 (2048)
        new Case("distinctInstance, binpack(cpu)", List.of(new DistinctInstance()), List.of(CPU), 5));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachStrategyPicksItsHandDerivedInstance(Case c) {
    PlacementRequest request = new PlacementRequest(TaskRequirements.of(TestCluster.definition(512, 1024), WEB),
        c.constraints(), c.strategy());
    for (boolean explain : new boolean[] {true, false}) {
      PlacementDecision d = Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster,
          new Well19937c(1), explain);
      assertThat(d.chosen()).as("%s (explain=%s)", c.name(), explain).contains(ci.get(c.winner() - 1));
    }
  }

  @Test
  void randomDrawsEveryFeasibleInstance() {
    PlacementRequest request = TestCluster.request(TestCluster.definition(512, 1024), WEB, List.of(),
        PlacementStrategySpec.random());
    Well19937c rng = new Well19937c(7);
    Map<String, Integer> wins = new HashMap<>();
    for (int i = 0; i < 600; i++) {
      Placement.decide(request, t.cluster.pool(TestCluster.PROVIDER), t.cluster, rng, false)
          .chosen().ifPresent(w -> wins.merge(w.id(), 1, Integer::sum));
    }
    // Uniform over 6: expected 100 each; 50 is over 5 standard deviations (sd = 9.1) below.
    assertThat(wins).hasSize(6);
    assertThat(wins.values()).allSatisfy(n -> assertThat(n).isGreaterThan(50));
  }

  @Test
  void aTaskNoInstanceFitsNamesTheClosestCandidate() {
    // 3,500 CPU units pass only on ci-3 (3584), which then lacks memory for 8,000 MiB: it got furthest.
    PlacementDecision d = Placement.decide(TestCluster.request(TestCluster.definition(3500, 8000), WEB, List.of(), MEMORY),
        t.cluster.pool(TestCluster.PROVIDER), t.cluster, new Well19937c(1), true);
    assertThat(d.placed()).isFalse();
    assertThat(d.reason()).isEqualTo("RESOURCE:MEMORY");
    assertThat(d.failureMessage("service web")).isEqualTo("service web was unable to place a task because no container "
        + "instance met all of its requirements. The closest matching container-instance ci-000003 has insufficient "
        + "memory available.");
    assertThat(d.verdicts()).extracting(v -> v.rejection().orElse("ok")).containsExactly(
        "RESOURCE:CPU", "RESOURCE:CPU", "RESOURCE:MEMORY", "RESOURCE:CPU", "RESOURCE:CPU", "RESOURCE:CPU");
  }

  @Test
  void theExplanationShowsEachRuleNarrowingTheTies() {
    PlacementDecision d = Placement.decide(TestCluster.request(TestCluster.definition(512, 1024), WEB, List.of(), AZ,
        INSTANCE), t.cluster.pool(TestCluster.PROVIDER), t.cluster, new Well19937c(1), true);
    assertThat(d.ranking()).extracting(RankingStep::rule)
        .containsExactly("spread(attribute:ecs.availability-zone)", "spread(instanceId)");
    assertThat(d.ranking().get(0).kept()).containsExactly("ci-000003", "ci-000004");
    assertThat(d.ranking().get(1).kept()).containsExactly("ci-000004");
  }
}
