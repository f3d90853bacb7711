package dev.ecsim.scenario.read;

import static dev.ecsim.testing.Scenarios.issues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.testing.Scenarios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * FARGATE and FARGATE_SPOT exist in every ECS cluster without being created (ECS DG:
 * fargate-capacity-providers), so a Fargate-only scenario lists no provider and may leave out
 * {@code cluster:}; where capacity is missing the message gives the line to add.
 */
class FargateOnlyClusterTest {

  private static final String FARGATE_ONLY = """
      name: fargate-only
      duration: 1h
      taskDefinitions:
        - family: app
          cpu: 512
          memory: 1GB
          networkMode: awsvpc
          requiresCompatibilities: [FARGATE]
          containerDefinitions:
            - {name: app, image: {name: "app:1", sizeMiB: 100}}
      services:
        - name: web
          taskDefinition: app
          desiredCount: 2
          capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]
      jobs:
        - name: batch
          taskDefinition: app
          launchType: FARGATE
          arrivals: {fixed: 10m}
          duration: 1m
      """;

  @Test
  void aScenarioWithoutAClusterSectionRunsOnTheBuiltInFargateProviders() throws Exception {
    Scenario s = ScenarioLoader.parse(FARGATE_ONLY, "s.yaml");
    assertThat(s.cluster().availabilityZones()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
    assertThat(s.cluster().capacityProviders()).extracting(CapacityProviderSpec::name)
        .containsExactlyInAnyOrder("FARGATE", "FARGATE_SPOT");
    assertThat(s.cluster().defaultCapacityProviderStrategy()).isEmpty();
  }

  @Test
  void anEmptyOrMissingProviderListIsValidToo() {
    String cluster = "cluster:\n  availabilityZones: [us-east-1a]\n";
    for (String section : List.of(cluster, cluster + "  capacityProviders: []\n")) {
      Scenario s = Scenarios.parse(FARGATE_ONLY.replace("taskDefinitions:", section + "taskDefinitions:"));
      assertThat(s.cluster().capacityProviders()).as(section).extracting(CapacityProviderSpec::name)
          .containsExactlyInAnyOrder("FARGATE", "FARGATE_SPOT");
    }
  }

  @Test
  void aServiceNamingNoCapacityInAClusterWithoutProvidersGetsTheLineToAdd() {
    List<ValidationIssue> issues = issues(FARGATE_ONLY.replace(
        "    capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT, weight: 1}]\n", ""));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("services[0]");
      assertThat(i.message()).contains(
          "add \"capacityProviderStrategy: [{capacityProvider: FARGATE, weight: 1}]\" to service web",
          "or an ec2 provider under cluster.capacityProviders");
    });
  }

  @Test
  void withAnEc2ProviderTheSuggestionNamesIt() {
    String cluster = "cluster:\n  capacityProviders:\n    - {name: od, type: ec2, instanceTypes: [m6i.large], maxSize: 4}\n";
    List<ValidationIssue> issues = issues(FARGATE_ONLY.replace("taskDefinitions:", cluster + "taskDefinitions:")
        .replace("    launchType: FARGATE\n", ""));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("jobs[0]");
      assertThat(i.message()).contains("add \"capacityProviderStrategy: [{capacityProvider: od, weight: 1}]\" to job"
          + " batch", "\"defaultCapacityProviderStrategy: [{capacityProvider: od, weight: 1}]\" to cluster");
    });
  }

  @Test
  void launchTypeEc2WithoutAnEc2ProviderIsRefusedWithTheProviderToAdd() {
    List<ValidationIssue> issues = issues(FARGATE_ONLY.replace("launchType: FARGATE", "launchType: EC2"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("jobs[0].launchType");
      assertThat(i.message()).contains("the cluster has no ec2 capacity provider",
          "add \"- {name: ec2, type: ec2, instanceTypes: [m6i.large], maxSize: 10}\" under cluster.capacityProviders");
    });
  }

  @Test
  void anUndefinedProviderGetsItsDefinitionAndATypoItsSpelling() {
    List<ValidationIssue> undefined = issues(FARGATE_ONLY.replace("capacityProvider: FARGATE_SPOT",
        "capacityProvider: ondemand"));
    assertThat(undefined).singleElement().satisfies(i -> assertThat(i.message()).contains(
        "unknown capacity provider 'ondemand'; define it under cluster.capacityProviders: "
            + "\"- {name: ondemand, type: ec2, instanceTypes: [m6i.large], maxSize: 10}\""));
    List<ValidationIssue> typo = issues(FARGATE_ONLY.replace("capacityProvider: FARGATE_SPOT",
        "capacityProvider: FARGATE_SPTO"));
    assertThat(typo).singleElement().satisfies(i -> assertThat(i.message())
        .contains("unknown capacity provider 'FARGATE_SPTO'; did you mean 'FARGATE_SPOT'?")
        .doesNotContain("define it"));
  }

  @Test
  void theBundledFargateOnlyScenarioHasNoClusterSection() throws Exception {
    Path file = Path.of("../scenarios/fargate-only.yaml");
    assertThat(java.nio.file.Files.readString(file)).doesNotContainPattern("(?m)^cluster:");
    assertThat(ScenarioLoader.load(file).cluster().capacityProviders()).extracting(CapacityProviderSpec::name)
        .containsExactly("FARGATE");
  }
}
