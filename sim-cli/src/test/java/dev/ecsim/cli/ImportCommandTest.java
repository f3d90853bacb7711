package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.scaling.AdjustmentType;
import dev.ecsim.scaling.AlarmSpec;
import dev.ecsim.scaling.ComparisonOperator;
import dev.ecsim.scaling.MetricAggregationType;
import dev.ecsim.scaling.ScalingPolicySpec;
import dev.ecsim.scaling.ServiceMetric;
import dev.ecsim.scaling.Statistic;
import dev.ecsim.scaling.StepAdjustment;
import dev.ecsim.scaling.TreatMissingData;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.ImageSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ecsim import on the bundled AWS CLI outputs of scenarios/import-example/: the values the files hold reach the scenario. */
class ImportCommandTest {
  static final String EXAMPLE = "../scenarios/import-example";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void importsTheExampleClusterIntoAScenarioThatLoadsAndRuns(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("shop.yaml");
    CommandRunner r = CommandRunner.run("import", EXAMPLE, "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve("taskdefs/shop-web.json")).exists();
    assertThat(dir.resolve("taskdefs/shop-worker.json")).exists();
    assertThat(dir.resolve("traces/web.json")).hasSameTextualContentAs(Path.of(EXAMPLE, "web-requests.json"));
    // What ecsim does not simulate is named, where it is and on stderr.
    assertThat(Files.readString(out)).contains("not simulated: loadBalancers").contains("ASSUMED");
    assertThat(r.err()).contains("web: not simulated: loadBalancers").contains("capacityPerTask");

    // The first line names the checkout's schema, relative to the scenario, for editors.
    String first = Files.readAllLines(out).get(0);
    assertThat(first).startsWith("# yaml-language-server: $schema=");
    assertThat(out.getParent().resolve(first.substring(first.indexOf('=') + 1)))
        .satisfies(schema -> assertThat(Files.isSameFile(schema, Path.of("../docs/scenario.schema.json"))).isTrue());

    Scenario scenario = ScenarioLoader.load(out);
    assertThat(scenario.name()).isEqualTo("shop");
    assertThat(scenario.region()).isEqualTo("us-east-1");
    // The first hour of the trace, 2026-01-05T00:00:00+00:00 in the file.
    assertThat(scenario.startTime()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
    assertThat(scenario.cluster().availabilityZones()).containsExactly("us-east-1a", "us-east-1b");
    assertThat(scenario.cluster().defaultCapacityProviderStrategy()).singleElement()
        .satisfies(item -> assertThat(item.capacityProvider()).isEqualTo("shop-ec2"));

    CapacityProviderSpec ec2 = scenario.cluster().capacityProvider("shop-ec2").orElseThrow();
    assertThat(ec2.instanceTypes()).containsExactly("m6i.large", "m5.large");
    assertThat(ec2.minSize()).isEqualTo(1);
    assertThat(ec2.desiredSize()).isEqualTo(2);
    assertThat(ec2.maxSize()).isEqualTo(8);
    assertThat(ec2.purchaseOption()).isEqualTo(CapacityProviderSpec.PurchaseOption.ON_DEMAND);
    var managed = ec2.managedScaling().orElseThrow();
    assertThat(managed.targetCapacity()).isEqualTo(90);
    assertThat(managed.maximumScalingStepSize()).isEqualTo(4);
    assertThat(managed.instanceWarmupMillis()).isEqualTo(180_000);
    assertThat(ec2.managedTerminationProtection()).isTrue();
    assertThat(scenario.cluster().capacityProvider("FARGATE")).isPresent();

    // ecr-images-web.json: shop-web:2025-11-03 is 148,897,362 bytes = 141.9996 MiB, rounded up to 142;
    // ecr-images-worker.json: shop-worker:2025-11-03 is 61,865,984 bytes, exactly 59 MiB.
    assertThat(image(scenario, "shop-web").sizeMiB()).isEqualTo(142.0);
    assertThat(image(scenario, "shop-worker").sizeMiB()).isEqualTo(59.0);
    assertThat(Files.readString(out)).contains("compressed");

    ServiceSpec web = service(scenario, "web");
    assertThat(web.taskDefinition()).isEqualTo("shop-web");
    assertThat(web.desiredCount()).isEqualTo(3);
    assertThat(web.deploymentConfiguration().minimumHealthyPercent()).isEqualTo(100);
    var scaling = web.autoScaling().orElseThrow();
    assertThat(scaling.minCapacity()).isEqualTo(2);
    assertThat(scaling.maxCapacity()).isEqualTo(12);
    assertThat(scaling.policies()).hasSize(2);
    assertThat(scaling.policies().get(0)).isInstanceOfSatisfying(ScalingPolicySpec.TargetTracking.class, p -> {
      assertThat(p.name()).isEqualTo("cpu60");
      assertThat(p.targetValue()).isEqualTo(60.0);
      assertThat(p.scaleOutCooldownMillis()).isEqualTo(60_000);
      assertThat(p.scaleInCooldownMillis()).isEqualTo(300_000);
    });
    // Policy burst (scaling-policies.json) with its alarm shop-web-cpu-burst (alarms.json).
    assertThat(scaling.policies().get(1)).isInstanceOfSatisfying(ScalingPolicySpec.StepScaling.class, p -> {
      assertThat(p.name()).isEqualTo("burst");
      assertThat(p.adjustmentType()).isEqualTo(AdjustmentType.CHANGE_IN_CAPACITY);
      assertThat(p.cooldownMillis()).isEqualTo(120_000);
      assertThat(p.metricAggregationType()).isEqualTo(MetricAggregationType.MAXIMUM);
      assertThat(p.stepAdjustments()).containsExactly(
          new StepAdjustment(OptionalDouble.of(0), OptionalDouble.of(10), 2),
          new StepAdjustment(OptionalDouble.of(10), OptionalDouble.empty(), 4));
      AlarmSpec alarm = p.alarm();
      assertThat(alarm.metric()).isEqualTo(ServiceMetric.CPU_UTILIZATION);
      assertThat(alarm.statistic()).isEqualTo(Statistic.MAXIMUM);
      assertThat(alarm.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD);
      assertThat(alarm.threshold()).isEqualTo(85.0);
      // Period 120 s in the file: two minutes.
      assertThat(alarm.periodMillis()).isEqualTo(120_000);
      assertThat(alarm.evaluationPeriods()).isEqualTo(3);
      assertThat(alarm.datapointsToAlarm()).isEqualTo(2);
      assertThat(alarm.treatMissingData()).isEqualTo(TreatMissingData.NOT_BREACHING);
    });
    assertThat(scaling.scheduledActions()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("business-hours");
      assertThat(a.timezone()).isEqualTo(ZoneId.of("America/New_York"));
      assertThat(a.minCapacity()).hasValue(4);
    });
    assertThat(web.load()).isPresent();

    ServiceSpec worker = service(scenario, "worker");
    assertThat(worker.taskDefinition()).isEqualTo("shop-worker");
    assertThat(worker.desiredCount()).isEqualTo(2);
    assertThat(worker.launchType()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("FARGATE"));
    assertThat(worker.deploymentConfiguration().minimumHealthyPercent()).isEqualTo(50);
    assertThat(worker.autoScaling()).isEmpty();

    CommandRunner validate = CommandRunner.run("validate", out.toString());
    assertThat(validate.exitCode()).as(validate.err()).isZero();
    CommandRunner run = CommandRunner.run("run", out.toString(), "--horizon", "1d", "-o", dir.resolve("run").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("run/summary.json")).exists();
  }

  @Test
  void writesAStepPolicyCommentedOutWhenItsAlarmIsNotSaved(@TempDir Path dir) throws Exception {
    Path in = copyOfExample(dir, "alarms.json");
    Path out = dir.resolve("shop.yaml");
    CommandRunner r = CommandRunner.run("import", in.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("        # - name: burst").contains("#     - {metricIntervalLowerBound: 10, scalingAdjustment: 4}")
        .doesNotContain("\n        - name: burst");
    assertThat(r.err()).contains("web: step scaling policy burst written commented out: its alarm shop-web-cpu-burst is not in these files");
    assertThat(ScenarioLoader.load(out).services().get(0).autoScaling().orElseThrow().policies()).hasSize(1);
  }

  @Test
  void takesTheInstanceTypeOfTheLaunchTemplateVersionTheGroupLaunches(@TempDir Path dir) throws Exception {
    Path in = copyOfExample(dir, "auto-scaling-groups.json");
    // The example's group, launching from the template alone instead of MixedInstancesPolicy overrides.
    ObjectNode groups = (ObjectNode) JSON.readTree(Path.of(EXAMPLE, "auto-scaling-groups.json").toFile());
    ObjectNode group = (ObjectNode) groups.get("AutoScalingGroups").get(0);
    group.remove("MixedInstancesPolicy");
    group.putObject("LaunchTemplate").put("LaunchTemplateId", "lt-0a1b2c3d4e5f67890")
        .put("LaunchTemplateName", "shop-ecs").put("Version", "$Latest");
    JSON.writeValue(in.resolve("auto-scaling-groups.json").toFile(), groups);
    Files.writeString(in.resolve("launch-template-versions.json"), """
        {"LaunchTemplateVersions": [
          {"LaunchTemplateId": "lt-0a1b2c3d4e5f67890", "LaunchTemplateName": "shop-ecs", "VersionNumber": 4,
           "DefaultVersion": false, "LaunchTemplateData": {"ImageId": "ami-0c55b159cbfafe1f0", "InstanceType": "c6i.xlarge"}},
          {"LaunchTemplateId": "lt-0a1b2c3d4e5f67890", "LaunchTemplateName": "shop-ecs", "VersionNumber": 3,
           "DefaultVersion": true, "LaunchTemplateData": {"ImageId": "ami-0c55b159cbfafe1f0", "InstanceType": "m5.large"}},
          {"LaunchTemplateId": "lt-0ffff000011112222", "LaunchTemplateName": "other", "VersionNumber": 9,
           "DefaultVersion": true, "LaunchTemplateData": {"InstanceType": "r6i.large"}}
        ]}
        """);
    Path out = dir.resolve("shop.yaml");
    CommandRunner r = CommandRunner.run("import", in.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    // $Latest is version 4, not the default 3 nor the running instances' m6i.large.
    assertThat(ScenarioLoader.load(out).cluster().capacityProvider("shop-ec2").orElseThrow().instanceTypes())
        .containsExactly("c6i.xlarge");
    assertThat(Files.readString(out)).contains("launch template shop-ecs version 4 ($Latest)");

    ((ObjectNode) group.get("LaunchTemplate")).put("Version", "$Default");
    JSON.writeValue(in.resolve("auto-scaling-groups.json").toFile(), groups);
    CommandRunner again = CommandRunner.run("import", in.toString(), "-o", out.toString(), "--force");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(ScenarioLoader.load(out).cluster().capacityProvider("shop-ec2").orElseThrow().instanceTypes())
        .containsExactly("m5.large");
  }

  /** A folder holding the example's files but those named. */
  private static Path copyOfExample(Path dir, String... without) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    try (var files = Files.list(Path.of(EXAMPLE))) {
      for (Path file : files.filter(f -> !List.of(without).contains(f.getFileName().toString())).toList()) {
        Files.copy(file, in.resolve(file.getFileName()));
      }
    }
    return in;
  }

  @Test
  void refusesToOverwriteAnExistingFileWithoutForce(@TempDir Path dir) throws Exception {
    Path out = Files.writeString(dir.resolve("mine.yaml"), "my own\n");
    CommandRunner r = CommandRunner.run("import", EXAMPLE, "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("exists").contains("--force");
    assertThat(Files.readString(out)).isEqualTo("my own\n");

    CommandRunner forced = CommandRunner.run("import", EXAMPLE, "-o", out.toString(), "--force");
    assertThat(forced.exitCode()).as(forced.err()).isZero();
    assertThat(Files.readString(out)).contains("name: shop");
  }

  @Test
  void skipsFilesOfUnknownShapeAndRefusesAFolderWithNothingKnown(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("other.json"), "{\"Reservations\": []}");
    Files.writeString(in.resolve("broken.json"), "{");
    CommandRunner r = CommandRunner.run("import", in.toString(), "-o", dir.resolve("x.yaml").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no AWS CLI output found");
    assertThat(dir.resolve("x.yaml")).doesNotExist();
  }

  private static ImageSpec image(Scenario scenario, String family) {
    return scenario.taskDefinition(family).orElseThrow().containerDefinitions().get(0).image();
  }

  private static ServiceSpec service(Scenario scenario, String name) {
    return scenario.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
