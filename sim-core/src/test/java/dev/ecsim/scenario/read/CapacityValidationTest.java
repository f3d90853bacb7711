package dev.ecsim.scenario.read;

import static dev.ecsim.testing.Scenarios.issues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ValidationIssue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What ECS refuses about capacity is refused when the scenario loads, at the offending line and
 * with the valid choices: Fargate sizes (docs/ecs-behaviour.md §3.1), Fargate's other rules
 * (§3.1, §3.4), strategies (§5.1) and managed scaling ranges (§5.2).
 */
class CapacityValidationTest {

  private static final String BASE = """
      name: cap
      duration: 1h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}
      taskDefinitions:
        - family: web
          cpu: 512
          memory: 1024
          networkMode: awsvpc
          requiresCompatibilities: [EC2, FARGATE]
          containerDefinitions: [{name: c, image: "web:1"}]
      jobs:
        - name: j
          taskDefinition: web
          arrivals: {times: [0s]}
          duration: 1m
          capacityProviderStrategy: [{capacityProvider: FARGATE}]
      """;

  @Test
  void theBaseScenarioIsValidAndAddsTheBuiltInFargateProvider() throws Exception {
    Scenario s = ScenarioLoader.parse(BASE, "s.yaml");
    assertThat(s.cluster().capacityProviders()).extracting(CapacityProviderSpec::name).containsExactly("od", "FARGATE");
  }

  @Test
  void anInvalidFargateSizeListsTheValidMemoryForThatCpu() {
    List<ValidationIssue> issues = issues(BASE.replace("memory: 1024", "memory: 5120"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("taskDefinitions[0].memory");
      assertThat(i.line()).isEqualTo(9);
      // 0.5 vCPU takes 1 to 4 GB in 1 GB steps (docs/ecs-behaviour.md §3.1)
      assertThat(i.message()).isEqualTo("memory 5120 MiB is not valid with cpu 512 on Fargate; valid: "
          + "[1024, 2048, 3072, 4096] MiB (ECS never rounds a size)");
    });
    assertThat(issues(BASE.replace("cpu: 512", "cpu: 384"))).singleElement()
        .satisfies(i -> assertThat(i.message()).startsWith("cpu 384 is not a Fargate size; valid: [256, 512, 1024"));
  }

  @Test
  void fargateNeedsAwsvpcAndAFargateCompatibleDefinition() {
    assertThat(issues(BASE.replace("networkMode: awsvpc", "networkMode: bridge"))).anySatisfy(i ->
        assertThat(i.message()).contains("needs networkMode awsvpc, found bridge"));
    assertThat(issues(BASE.replace("requiresCompatibilities: [EC2, FARGATE]", "requiresCompatibilities: [EC2]")))
        .singleElement().satisfies(i -> {
          assertThat(i.path()).isEqualTo("jobs[0].taskDefinition");
          assertThat(i.message()).contains("does not include FARGATE");
        });
  }

  @Test
  void fargateSpotIsX86Only() {
    String arm = BASE.replace("requiresCompatibilities: [EC2, FARGATE]",
        "requiresCompatibilities: [EC2, FARGATE]\n    runtimePlatform: {cpuArchitecture: ARM64}")
        .replace("capacityProvider: FARGATE}", "capacityProvider: FARGATE_SPOT}");
    assertThat(issues(arm)).anySatisfy(i -> assertThat(i.message()).contains("Fargate Spot runs x86_64 only"));
  }

  @Test
  void fargateTakesNoPlacementStrategy() {
    assertThat(issues(BASE + "    placementStrategy: [{type: binpack, field: memory}]\n")).singleElement()
        .satisfies(i -> assertThat(i.message()).contains("Fargate takes no placement strategy"));
  }

  @Test
  void aStrategyNeverMixesAutoScalingGroupAndFargateProviders() {
    List<ValidationIssue> issues = issues(BASE.replace("[{capacityProvider: FARGATE}]",
        "[{capacityProvider: FARGATE}, {capacityProvider: od}]"));
    assertThat(issues).anySatisfy(i -> {
      assertThat(i.path()).isEqualTo("jobs[0].capacityProviderStrategy[1].capacityProvider");
      assertThat(i.message()).contains("never both");
    });
  }

  @Test
  void providerNamesFollowEcsRules() {
    assertThat(issues(BASE.replace("{name: od,", "{name: fargate-pool,").replace("desiredSize: 1}", "desiredSize: 1}")))
        .anySatisfy(i -> assertThat(i.message()).contains("may not begin with 'aws', 'ecs' or 'fargate'"));
    assertThat(issues(BASE.replace("  - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}",
        "  - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}\n    - {name: MyFargate, type: fargate}")))
        .anySatisfy(i -> assertThat(i.message()).isEqualTo(
            "the built-in fargate capacity provider is named FARGATE, found 'MyFargate'"));
  }

  @Test
  void autoScalingGroupFieldsAreRefusedOnFargate() {
    String yaml = BASE.replace("  - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}",
        "  - {name: od, type: ec2, instanceTypes: [m5.large], desiredSize: 1}\n"
            + "    - {name: FARGATE, type: fargate, instanceTypes: [m5.large]}");
    assertThat(issues(yaml)).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("cluster.capacityProviders[1].instanceTypes");
      assertThat(i.message()).contains("applies to ec2 capacity providers only");
    });
  }

  @Test
  void managedScalingRangesAreTheApis() {
    String ms = BASE.replace("desiredSize: 1}", "desiredSize: 1, maxSize: 5, managedScaling: {targetCapacity: 0}}");
    assertThat(issues(ms)).anySatisfy(i -> {
      assertThat(i.path()).isEqualTo("cluster.capacityProviders[0].managedScaling.targetCapacity");
      assertThat(i.message()).isEqualTo("0 is out of range; targetCapacity is a whole percentage from 1 to 100");
    });
    String steps = BASE.replace("desiredSize: 1}",
        "desiredSize: 1, maxSize: 5, managedScaling: {minimumScalingStepSize: 5, maximumScalingStepSize: 2}}");
    assertThat(issues(steps)).anySatisfy(i -> assertThat(i.message())
        .isEqualTo("minimumScalingStepSize 5 exceeds maximumScalingStepSize 2"));
    String protection = BASE.replace("desiredSize: 1}", "desiredSize: 1, managedTerminationProtection: ENABLED}");
    assertThat(issues(protection)).anySatisfy(i -> assertThat(i.message())
        .contains("needs managedScaling with status ENABLED"));
  }

  @Test
  void protectionAndDrainingDefaultAsTheApiCreatesAProvider() throws Exception {
    // ECS DG: managed termination protection is off by default, managed draining on.
    String ms = BASE.replace("desiredSize: 1}", "desiredSize: 1, maxSize: 5, managedScaling: {status: ENABLED}}");
    CapacityProviderSpec od = ScenarioLoader.parse(ms, "s.yaml").cluster().capacityProviders().get(0);
    assertThat(od.managedTerminationProtection()).isFalse();
    assertThat(od.managedDraining()).isTrue();
    CapacityProviderSpec stated = ScenarioLoader.parse(ms.replace("{status: ENABLED}}",
        "{status: ENABLED}, managedTerminationProtection: ENABLED, managedDraining: DISABLED}"), "s.yaml")
        .cluster().capacityProviders().get(0);
    assertThat(stated.managedTerminationProtection()).isTrue();
    assertThat(stated.managedDraining()).isFalse();
    assertThat(issues(ms.replace("{status: ENABLED}}", "{status: ENABLED}, managedDraining: ON}"))).anySatisfy(i -> {
      assertThat(i.path()).isEqualTo("cluster.capacityProviders[0].managedDraining");
      assertThat(i.message()).contains("ENABLED").contains("DISABLED");
    });
    assertThat(issues(BASE.replace("[{capacityProvider: FARGATE}]", "[{capacityProvider: FARGATE}]\n"
        + "    \n").replace("desiredSize: 1}", "desiredSize: 1}\n    - {name: FARGATE, type: fargate, managedDraining: ENABLED}")))
        .anySatisfy(i -> assertThat(i.message()).contains("'managedDraining' applies to ec2 capacity providers only"));
  }

  @Test
  void spotSettingsNeedSpotCapacity() {
    assertThat(issues(BASE.replace("desiredSize: 1}", "desiredSize: 1, spot: {priceRatio: 0.3}}"))).anySatisfy(i ->
        assertThat(i.message()).contains("apply to purchaseOption: spot or type: fargate-spot only"));
  }

  @Test
  void anArmTaskOnAnX86OnlyProviderCouldNeverBePlaced() {
    String yaml = BASE.replace("requiresCompatibilities: [EC2, FARGATE]",
        "requiresCompatibilities: [EC2, FARGATE]\n    runtimePlatform: {cpuArchitecture: ARM64}")
        .replace("[{capacityProvider: FARGATE}]", "[{capacityProvider: od}]");
    assertThat(issues(yaml)).singleElement().satisfies(i ->
        assertThat(i.message()).contains("on arm64, more than any instance type of its capacity providers"));
  }
}
