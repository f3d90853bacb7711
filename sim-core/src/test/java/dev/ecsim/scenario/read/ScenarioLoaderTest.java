package dev.ecsim.scenario.read;

import static dev.ecsim.testing.Scenarios.issues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.scenario.ArrivalSpec;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.ValidationIssue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

  private static final String VALID = """
      name: ok
      duration: 1h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m6i.large], desiredSize: 2}
        defaultCapacityProviderStrategy: [{capacityProvider: od}]
      taskDefinitions:
        - family: etl
          cpu: 0.5vCPU
          memory: 1GiB
          containerDefinitions:
            - {name: app, image: {name: "etl:1", sizeMiB: 100}, startTime: 2s}
      jobs:
        - name: etl
          taskDefinition: etl
          arrivals: {poisson: {rate: 38.4/h}}
          duration: {lognormal: {median: 40s, p95: 90s}}
      """;

  @Test
  void readsAValidScenarioWithDefaults() throws Exception {
    Scenario s = ScenarioLoader.parse(VALID, "s.yaml");
    assertThat(s.region()).isEqualTo("us-east-1");
    assertThat(s.metricsPeriodMillis()).isEqualTo(60_000);
    assertThat(s.cluster().availabilityZones()).containsExactly("us-east-1a", "us-east-1b", "us-east-1c");
    CapacityProviderSpec od = s.cluster().capacityProviders().get(0);
    assertThat(od.minSize()).isZero();
    assertThat(od.desiredSize()).isEqualTo(2);
    assertThat(od.maxSize()).isEqualTo(2);
    assertThat(s.cluster().defaultCapacityProviderStrategy()).containsExactly(new StrategyItem("od", 0, 1));
    TaskDefinitionSpec etl = s.taskDefinitions().get(0);
    assertThat(etl.reservedCpu()).isEqualTo(512);
    assertThat(etl.reservedMemoryMiB()).isEqualTo(1024);
    assertThat(etl.containerStartMillis()).isEqualTo(2_000);
    assertThat(s.jobs().get(0).arrivals()).isEqualTo(new ArrivalSpec.Poisson(38.4 / 3600));
    assertThat(s.jobs().get(0).group()).isEqualTo("family:etl");
  }

  @Test
  void containerReservationUsesMemoryReservationWhenSetElseMemory() throws Exception {
    Scenario s = ScenarioLoader.parse(VALID.replace("""
          cpu: 0.5vCPU
          memory: 1GiB
          containerDefinitions:
            - {name: app, image: {name: "etl:1", sizeMiB: 100}, startTime: 2s}
      """, """
          containerDefinitions:
            - {name: a, image: "a", cpu: 256, memory: 1024, memoryReservation: 300}
            - {name: b, image: "b", cpu: 128, memory: 200}
      """), "s.yaml");
    assertThat(s.taskDefinitions().get(0).reservedMemoryMiB()).isEqualTo(500);
    assertThat(s.taskDefinitions().get(0).reservedCpu()).isEqualTo(384);
  }

  @Test
  void unknownFieldIsReportedAtItsKeyWithASuggestionAndTheKnownFields() {
    List<ValidationIssue> issues = issues(VALID.replace("duration: 1h", "duraton: 1h"));
    assertThat(issues).anySatisfy(i -> {
      assertThat(i.line()).isEqualTo(2);
      assertThat(i.column()).isEqualTo(1);
      assertThat(i.path()).isEqualTo("duraton");
      assertThat(i.message()).contains("unknown field 'duraton'").contains("did you mean 'duration'?")
          .contains("known fields: name, description");
    });
    assertThat(issues).anySatisfy(i -> assertThat(i.message()).isEqualTo("missing required field 'duration'"));
  }

  @Test
  void unknownInstanceTypeListsCloseMatches() {
    List<ValidationIssue> issues = issues(VALID.replace("[m6i.large]", "[m6i.larg]"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("s.yaml:5:");
      assertThat(i.path()).isEqualTo("cluster.capacityProviders[0].instanceTypes[0]");
      assertThat(i.message()).contains("unknown instance type 'm6i.larg'").contains("'m6i.large'");
    });
  }

  @Test
  void unknownTaskDefinitionListsTheDefinedOnes() {
    List<ValidationIssue> issues = issues(VALID.replace("taskDefinition: etl", "taskDefinition: etll"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("jobs[0].taskDefinition");
      assertThat(i.line()).isEqualTo(15);
      assertThat(i.column()).isEqualTo(21);
      assertThat(i.message()).contains("unknown task definition 'etll'; did you mean 'etl'?; defined: 'etl'");
    });
  }

  @Test
  void everyIssueIsReportedAtOnceInFileOrder() {
    String broken = VALID
        .replace("duration: 1h", "duration: 1 hour")
        .replace("[m6i.large]", "[m6i.huge]")
        .replace("rate: 38.4/h", "rate: fast")
        .replace("median: 40s, p95: 90s", "median: 90s, p95: 40s");
    List<ValidationIssue> issues = issues(broken);
    assertThat(issues).extracting(ValidationIssue::path).containsExactly(
        "duration",
        "cluster.capacityProviders[0].instanceTypes[0]",
        "jobs[0].arrivals.poisson.rate",
        "jobs[0].duration.lognormal");
    assertThat(issues.get(0).message()).contains("'1 hour' is not a duration").contains("90s, 5m, 2h, 7d");
    assertThat(issues.get(2).message()).contains("'fast' is not a rate");
    assertThat(issues.get(3).message()).contains("0 < median < p95");
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() {
    List<ValidationIssue> issues = issues("name: x\ncluster: [unclosed\nduration: 1h\n");
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.message()).startsWith("not valid YAML");
      assertThat(i.line()).isBetween(2, 4);
    });
  }

  @Test
  void duplicateKeysAreReported() {
    List<ValidationIssue> issues = issues(VALID.replace("duration: 1h", "duration: 1h\nduration: 2h"));
    assertThat(issues).anySatisfy(i -> {
      assertThat(i.line()).isEqualTo(3);
      assertThat(i.message()).contains("duplicate key 'duration'");
    });
  }

  @Test
  void sectionsOfLaterIssuesAreRefusedClearlyNotIgnored() {
    List<ValidationIssue> issues = issues(VALID
        + "services:\n  - {name: web, taskDefinition: etl, desiredCount: 2, healthCheckGracePeriod: 30s}\n"
        ).stream().toList();
    assertThat(issues).singleElement().satisfies(i ->
        assertThat(i.message()).isEqualTo("'healthCheckGracePeriod' is not supported yet (planned with a later issue on load balancer health checks)"));
  }

  @Test
  void taskDefinitionRulesFollowRegisterTaskDefinition() {
    List<ValidationIssue> issues = issues(VALID.replace("""
          cpu: 0.5vCPU
          memory: 1GiB
          containerDefinitions:
            - {name: app, image: {name: "etl:1", sizeMiB: 100}, startTime: 2s}
      """, """
          cpu: 64
          containerDefinitions:
            - {name: app, image: "a", memory: 100, memoryReservation: 200}
            - {name: side, image: "b"}
      """));
    assertThat(issues).extracting(ValidationIssue::message).anySatisfy(m -> assertThat(m).contains("task cpu 64 is out of range; valid: 128 to 196,608 CPU units"))
        .anySatisfy(m -> assertThat(m).contains("memoryReservation 200 MiB exceeds memory 100 MiB"))
        .anySatisfy(m -> assertThat(m).contains("each container needs memory or memoryReservation"));
  }

  @Test
  void aTaskTooBigForEveryInstanceTypeIsRefused() {
    List<ValidationIssue> issues = issues(VALID.replace("memory: 1GiB", "memory: 16GiB"));
    assertThat(issues).singleElement().satisfies(i ->
        assertThat(i.message()).contains("reserves 512 CPU units and 16384 MiB, more than any instance type"));
  }

  @Test
  void sizesMustBeOrdered() {
    List<ValidationIssue> issues = issues(VALID.replace("desiredSize: 2}", "desiredSize: 2, minSize: 3}"));
    assertThat(issues).singleElement().satisfies(i ->
        assertThat(i.message()).contains("minSize <= desiredSize <= maxSize"));
  }

  @Test
  void unknownCapacityProviderInAStrategy() {
    List<ValidationIssue> issues = issues(VALID.replace("[{capacityProvider: od}]", "[{capacityProvider: odd}]"));
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("cluster.defaultCapacityProviderStrategy[0].capacityProvider");
      assertThat(i.message()).contains("unknown capacity provider 'odd'; did you mean 'od'?");
    });
  }

  @Test
  void aBadQueryExpressionPointsAtItsColumn() {
    String yaml = VALID.replace("    duration: {lognormal: {median: 40s, p95: 90s}}",
        "    duration: {lognormal: {median: 40s, p95: 90s}}\n"
            + "    placementConstraints: [{type: memberOf, expression: \"attribute:stack =! prod\"}]");
    List<ValidationIssue> issues = issues(yaml);
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("jobs[0].placementConstraints[0].expression");
      assertThat(i.line()).isEqualTo(18);
      // '=!' is the 17th character of the expression, which starts after the opening quote
      String line = yaml.split("\n")[17];
      assertThat(i.column()).isEqualTo(line.indexOf('"') + 1 + 1 + 16);
      assertThat(i.message()).contains("bad cluster query expression 'attribute:stack =! prod'");
    });
  }

  @Test
  void placementFieldsAreChecked() {
    String strategy = VALID.replace("    duration: {lognormal: {median: 40s, p95: 90s}}",
        "    duration: {lognormal: {median: 40s, p95: 90s}}\n"
            + "    placementStrategy: [{type: spread, field: az}, {type: binpack, field: disk}, {type: binpak}]");
    assertThat(issues(strategy)).extracting(ValidationIssue::message).containsExactly(
        "'az' is not a spread field; valid: instanceId, host, attribute:NAME",
        "'disk' is not valid; valid: cpu, memory",
        "'binpak' is not valid; did you mean 'binpack'?; valid: binpack, spread, random");
    String both = VALID.replace("    taskDefinition: etl\n", "    taskDefinition: etl\n    launchType: EC2\n"
        + "    capacityProviderStrategy: [{capacityProvider: od}]\n");
    assertThat(issues(both)).extracting(ValidationIssue::message)
        .containsExactly("give either launchType or capacityProviderStrategy, not both (as RunTask requires)");
  }

  @Test
  void missingFileIsAnIssueNotACrash() {
    assertThatThrownBy(() -> ScenarioLoader.load(Path.of("does/not/exist.yaml")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("does/not/exist.yaml:1:1: no such file");
  }

  @Test
  void bundledScenariosAreValid() throws Exception {
    assertThat(ScenarioLoader.load(Path.of("../scenarios/batch-on-ec2.yaml")).name()).isEqualTo("batch-on-ec2");
  }
}
