package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scaling.PredefinedMetric;
import dev.ecsim.scaling.ScalingPolicySpec;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second cluster's AWS CLI dump, written apart from the importer and after it, in the shapes the
 * AWS CLI prints (its files are named a.json ... k.json, so only their content can tell them
 * apart): on-demand and spot Auto Scaling groups with mixed instance types, FARGATE and
 * FARGATE_SPOT, a strategy with a base, a DAEMON service, a Fargate Spot worker, target tracking on
 * ALBRequestCountPerTarget, a scheduled action in Europe/Dublin, a region ecsim prices as us-east-1,
 * and a request trace whose query Id ({@code m1}) names no service: only its --metric-data-queries
 * file (l.json) ties it, by its TargetGroup dimension, to the api service's load balancer. Every
 * value checked below is read off the JSON files.
 */
class ImportUnseenClusterTest {
  private static final String DUMP = "src/test/resources/import/payments";

  @Test
  void aClusterTheImporterWasNotWrittenForLoadsAndRunsADay(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("payments.yaml");
    CommandRunner imported = CommandRunner.run("import", DUMP, "-o", out.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("eu-west-1").contains("api: capacityPerTask");

    Scenario s = ScenarioLoader.load(out);
    assertThat(s.name()).isEqualTo("payments");
    assertThat(s.cluster().availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
    assertThat(s.cluster().defaultCapacityProviderStrategy()).containsExactly(
        new StrategyItem("payments-od", 2, 1), new StrategyItem("payments-spot", 0, 3));

    CapacityProviderSpec od = s.cluster().capacityProvider("payments-od").orElseThrow();
    assertThat(od.instanceTypes()).containsExactly("c6i.xlarge", "c5.xlarge");
    assertThat(od.purchaseOption()).isEqualTo(CapacityProviderSpec.PurchaseOption.ON_DEMAND);
    assertThat(od.minSize()).isEqualTo(2);
    assertThat(od.desiredSize()).isEqualTo(3);
    assertThat(od.maxSize()).isEqualTo(20);
    assertThat(od.managedTerminationProtection()).isFalse();
    assertThat(od.managedDraining()).isTrue();
    CapacityProviderSpec spot = s.cluster().capacityProvider("payments-spot").orElseThrow();
    // OnDemandPercentageAboveBaseCapacity 0 and CapacityRebalance true in the group.
    assertThat(spot.purchaseOption()).isEqualTo(CapacityProviderSpec.PurchaseOption.SPOT);
    assertThat(spot.spot().capacityRebalancing()).isTrue();
    assertThat(spot.instanceTypes()).containsExactly("m6i.large", "m5.large", "m6a.large");
    assertThat(spot.managedScaling().orElseThrow().targetCapacity()).isEqualTo(90);
    assertThat(s.cluster().capacityProvider("FARGATE_SPOT")).isPresent();

    ServiceSpec api = service(s, "api");
    assertThat(api.taskDefinition()).isEqualTo("payments-api");
    assertThat(api.desiredCount()).isEqualTo(6);
    assertThat(api.deploymentConfiguration().maximumPercent()).isEqualTo(150);
    assertThat(api.autoScaling().orElseThrow().minCapacity()).isEqualTo(4);
    assertThat(api.autoScaling().orElseThrow().maxCapacity()).isEqualTo(40);
    assertThat(api.autoScaling().orElseThrow().policies()).singleElement().satisfies(p -> {
      ScalingPolicySpec.TargetTracking tt = (ScalingPolicySpec.TargetTracking) p;
      assertThat(tt.predefinedMetric()).isEqualTo(PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET);
      assertThat(tt.targetValue()).isEqualTo(1000.0);
      assertThat(tt.scaleInCooldownMillis()).isEqualTo(300_000);
    });
    assertThat(api.autoScaling().orElseThrow().scheduledActions()).singleElement().satisfies(a -> {
      assertThat(a.timezone()).isEqualTo(ZoneId.of("Europe/Dublin"));
      assertThat(a.minCapacity().getAsInt()).isEqualTo(12);
    });
    assertThat(api.load()).as("found by the query's target group, not by a name").isPresent();
    assertThat(java.nio.file.Files.readString(dir.resolve("traces/api.json"))).contains("\"m1\"");
    assertThat(service(s, "log-agent").schedulingStrategy()).isEqualTo(ServiceSpec.SchedulingStrategy.DAEMON);
    assertThat(service(s, "settlement-worker").capacityProviderStrategy()).containsExactly(
        new StrategyItem("FARGATE_SPOT", 0, 4), new StrategyItem("FARGATE", 1, 1));

    // settlement-worker has no load balancer: its load is its CPUUtilization (m.json, asked for by
    // the query m2 in l.json) times its 4 running tasks, in CPU percent: 40 % x 4 = 160 at 00:00.
    ServiceSpec worker = service(s, "settlement-worker");
    assertThat(worker.load().orElseThrow().capacityPerTaskPerSecond()).isEqualTo(100.0);
    assertThat(((dev.ecsim.workload.LoadProfile.Trace) worker.load().orElseThrow().requestRate()).points().get(0))
        .isEqualTo(new dev.ecsim.workload.LoadProfile.Point(0, 160.0));

    CommandRunner run = CommandRunner.run("run", out.toString(), "--horizon", "1d", "-o",
        dir.resolve("report").toString(), "--no-charts", "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();

    // Over the trace's 3 hours the recorded CPUUtilization cycles 40, 45, ... 65 %: mean 52.5 %. With
    // the 4 tasks it was recorded with, the run gives the same back (less a minute of tasks starting).
    CommandRunner threeHours = CommandRunner.run("run", out.toString(), "--horizon", "3h", "-o",
        dir.resolve("report-3h").toString(), "--no-charts", "--quiet");
    assertThat(threeHours.exitCode()).as(threeHours.err()).isZero();
    double cpu = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("report-3h/summary.json")
        .toFile()).path("services").path("settlement-worker").path("cpuUtilizationAvgPct").asDouble();
    assertThat(cpu).isCloseTo(52.5, org.assertj.core.api.Assertions.within(1.0));
  }

  @Test
  void servicesAndTaskDefinitionsAloneStillGiveAScenarioThatRuns(@TempDir Path dir) throws Exception {
    // No describe-clusters, -capacity-providers or -auto-scaling-groups output: the providers the
    // services' strategies name are taken to be EC2 groups, said on stderr and marked ASSUMED.
    Path dump = java.nio.file.Files.createDirectories(dir.resolve("dump"));
    for (String file : java.util.List.of("d.json", "e.json", "f.json", "g.json")) {
      java.nio.file.Files.copy(Path.of(DUMP, file), dump.resolve(file));
    }
    Path out = dir.resolve("partial.yaml");
    CommandRunner imported = CommandRunner.run("import", dump.toString(), "-o", out.toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("capacity provider payments-od is named by a strategy but not described")
        .contains("capacity provider payments-spot is named by a strategy but not described");
    assertThat(java.nio.file.Files.readString(out)).contains("ASSUMED");

    Scenario s = ScenarioLoader.load(out);
    assertThat(s.cluster().capacityProvider("payments-od")).isPresent();
    assertThat(s.cluster().capacityProvider("payments-spot")).isPresent();
    CommandRunner run = CommandRunner.run("run", out.toString(), "--horizon", "1d", "-o",
        dir.resolve("report").toString(), "--no-charts", "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static ServiceSpec service(Scenario scenario, String name) {
    return scenario.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
