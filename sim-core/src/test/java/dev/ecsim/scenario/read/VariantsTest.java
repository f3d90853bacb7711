package dev.ecsim.scenario.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.yaml.FieldOverride;
import dev.ecsim.scenario.yaml.ParameterPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Variants and overrides: what they make of the base tree, and where their problems are reported.
 * Every expected line and column below is counted by hand in {@link #TEXT} (line numbers in the
 * comment on the right of each line).
 */
class VariantsTest {

  private static final String TEXT = """
      name: web
      seed: 5
      duration: 2h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 1, desiredSize: 1, maxSize: 4}
          - {name: FARGATE, type: fargate}
        defaultCapacityProviderStrategy: [{capacityProvider: od}]
      taskDefinitions:
        - family: app
          cpu: 512
          memory: 1GB
          networkMode: awsvpc
          requiresCompatibilities: [EC2, FARGATE]
          containerDefinitions:
            - {name: app, image: "app:1"}
      jobs:
        - name: batch
          taskDefinition: app
          arrivals: {poisson: {rate: 60/h}}
          duration: {exponential: {mean: 10m}}
      variants:
        - name: ec2
        - name: fargate
          description: the same jobs on Fargate
          set:
            jobs[0].capacityProviderStrategy: [{capacityProvider: FARGATE}]
        - name: bigger
          set:
            cluster.capacityProviders[0].maxSize: 8
      """;
  // Lines: 1 name, 6 the od provider ({ at column 7), 14 requiresCompatibilities, 19 jobs[0].taskDefinition
  // (value at column 21), 22 variants, 24 - name: fargate, 27 the fargate set (key at column 7; the
  // strategy's capacityProvider value at column 61), 30 the bigger set (key at column 7, value at column 45).

  private static List<ValidationIssue> issues(String text) {
    try {
      ScenarioLoader.parseFile(text, "v.yaml");
    } catch (InvalidScenarioException e) {
      return e.issues();
    }
    throw new AssertionError("expected the file to be invalid");
  }

  @Test
  void eachVariantIsTheBaseWithItsSetApplied() throws Exception {
    ScenarioFile file = ScenarioLoader.parseFile(TEXT, "v.yaml");

    assertThat(file.base().name()).isEqualTo("web");
    assertThat(file.base().jobs().get(0).capacityProviderStrategy()).isEmpty();
    assertThat(file.base().cluster().capacityProviders().get(0).maxSize()).isEqualTo(4);
    assertThat(file.variantNames()).containsExactly("ec2", "fargate", "bigger");

    Scenario ec2 = file.variant("ec2").orElseThrow().scenario();
    assertThat(ec2.name()).isEqualTo("web-ec2");
    assertThat(ec2.named("web", "")).isEqualTo(file.base());

    Scenario fargate = file.variant("fargate").orElseThrow().scenario();
    assertThat(fargate.name()).isEqualTo("web-fargate");
    assertThat(fargate.description()).isEqualTo("the same jobs on Fargate");
    assertThat(fargate.jobs().get(0).capacityProviderStrategy()).containsExactly(new StrategyItem("FARGATE", 0, 1));
    assertThat(fargate.seed()).isEqualTo(5);

    Scenario bigger = file.variant("bigger").orElseThrow().scenario();
    assertThat(bigger.cluster().capacityProviders().get(0).maxSize()).isEqualTo(8);
    assertThat(bigger.jobs()).isEqualTo(file.base().jobs());
    assertThat(file.variant("nope")).isEmpty();
  }

  @Test
  void aFileWithoutVariantsHasNone() throws Exception {
    String plain = TEXT.substring(0, TEXT.indexOf("variants:"));
    ScenarioFile file = ScenarioLoader.parseFile(plain, "p.yaml");
    assertThat(file.variants()).isEmpty();
    assertThat(file.base()).isEqualTo(ScenarioLoader.parse(TEXT, "v.yaml"));
  }

  @Test
  void aBadValueInASetIsReportedWhereTheSetWritesIt() {
    List<ValidationIssue> issues = issues(TEXT.replace("capacityProvider: FARGATE}]", "capacityProvider: FARGAT}]"));

    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("v.yaml:27:61: jobs[0].capacityProviderStrategy[0].capacityProvider: ");
      assertThat(i.message()).contains("unknown capacity provider 'FARGAT'").endsWith(" (variant fargate)");
    });
  }

  @Test
  void aProblemInAValueTheVariantLeftAloneIsReportedAtTheBaseLine() {
    // The fargate variant runs the job on Fargate, which the task definition no longer allows.
    List<ValidationIssue> issues = issues(TEXT.replace("requiresCompatibilities: [EC2, FARGATE]",
        "requiresCompatibilities: [EC2]"));

    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("v.yaml:19:21: jobs[0].taskDefinition: ");
      assertThat(i.message()).contains("requiresCompatibilities does not include FARGATE")
          .endsWith(" (variant fargate)");
    });
  }

  @Test
  void moreThanAHundredVariantsAreRefusedBeforeAnyIsChecked() {
    // 40,000 one-line variants (1.5 MB, within the file limit) kept validate busy past five minutes.
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      many.append("  - {name: v").append(i).append(", set: {seed: ").append(i).append("}}\n");
    }
    String text = TEXT.substring(0, TEXT.indexOf("variants:\n") + "variants:\n".length()) + many;

    assertThat(issues(text)).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("v.yaml:23:3: variants: ");
      assertThat(i.message()).isEqualTo("a file may have at most 100 variants, found 101; each is checked and run "
          + "as a scenario of its own (for a grid of values, use ecsim sweep)");
    });
    String hundred = text.substring(0, text.lastIndexOf("  - {name: v100"));
    assertThatCode(() -> ScenarioLoader.parseFile(hundred, "v.yaml")).doesNotThrowAnyException();
  }

  @Test
  void theIssuesOfEveryVariantAreReportedTogetherInFileOrder() {
    String broken = TEXT.replace("capacityProvider: FARGATE}]", "capacityProvider: FARGAT}]")
        .replace("maxSize: 8", "maxSize: lots");

    List<ValidationIssue> issues = issues(broken);

    assertThat(issues).extracting(ValidationIssue::format).satisfiesExactly(
        first -> assertThat(first).startsWith("v.yaml:27:61: jobs[0].capacityProviderStrategy[0].capacityProvider: ")
            .endsWith("(variant fargate)"),
        second -> assertThat(second).startsWith("v.yaml:30:45: cluster.capacityProviders[0].maxSize: expected a whole")
            .endsWith("(variant bigger)"));
  }

  @Test
  void aVariantThatBreaksTheBasesRulesIsReportedAtTheBaseMapping() {
    // maxSize 0 below desiredSize 1: the sizes rule is reported at the provider, which stands on line 6.
    List<ValidationIssue> issues = issues(TEXT.replace("maxSize: 8", "maxSize: 0"));

    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("v.yaml:6:7: cluster.capacityProviders[0]: sizes must satisfy");
      assertThat(i.message()).contains("maxSize 0").endsWith(" (variant bigger)");
    });
  }

  @Test
  void aFieldAddedUnderAMisspeltNameIsReportedAtTheSetKey() {
    List<ValidationIssue> issues = issues(TEXT.replace("jobs[0].capacityProviderStrategy:",
        "jobs[0].capacityProviderStrategie:"));

    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("v.yaml:27:7: jobs[0].capacityProviderStrategie: unknown field");
      assertThat(i.message()).contains("did you mean 'capacityProviderStrategy'?").endsWith(" (variant fargate)");
    });
  }

  @Test
  void aProblemOfTheBaseIsReportedOnceNotForEveryVariant() {
    List<ValidationIssue> issues = issues(TEXT.replace("[m5.large]", "[m5.lrage]"));

    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.format()).startsWith("v.yaml:6:");
      assertThat(i.message()).contains("unknown instance type 'm5.lrage'").doesNotContain("variant");
    });
  }

  @Test
  void aSetThatCannotApplyIsReportedAtItsKey() {
    List<ValidationIssue> issues = issues(TEXT.replace("cluster.capacityProviders[0].maxSize: 8",
        "cluster.capacityProviders[5].maxSize: 8"));

    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(30);
      assertThat(i.column()).isEqualTo(7);
      assertThat(i.path()).isEqualTo("variants[2].set.cluster.capacityProviders[5].maxSize");
      assertThat(i.message()).isEqualTo("no element [5] in cluster.capacityProviders (it has 2)");
    });
  }

  @Test
  void variantNamesAndSetKeysAreChecked() {
    String variants = """
        variants:
          - description: no name
          - name: ec2
          - name: ec2
          - name: a/b
          - name: keys
            set:
              "services[0]..desiredCount": 1
              name: other
          - name: notAMapping
            set: [1, 2]
          - just-a-name
        """;
    String text = TEXT.substring(0, TEXT.indexOf("variants:")) + variants;
    int v = (int) TEXT.substring(0, TEXT.indexOf("variants:")).lines().count() + 1;

    List<ValidationIssue> issues = issues(text);

    assertThat(issues).extracting(i -> (i.line() - v) + ": " + i.path() + ": " + i.message()).satisfiesExactly(
        i -> assertThat(i).startsWith("1: variants[0]: missing required field 'name'"),
        i -> assertThat(i).startsWith("3: variants[2].name: variant name 'ec2' is used twice"),
        i -> assertThat(i).startsWith("4: variants[3].name: 'a/b' is not a valid variant name"),
        i -> assertThat(i).startsWith("7: variants[4].set.services[0]..desiredCount: 'services[0]..desiredCount' "
            + "is not a field path"),
        i -> assertThat(i).startsWith("8: variants[4].set.name: a variant does not set 'name'"),
        i -> assertThat(i).startsWith("10: variants[5].set: expected a mapping from field path"),
        i -> assertThat(i).startsWith("11: variants[6]: expected a mapping with fields"));
  }

  @Test
  void anEmptyListOfVariantsIsRefused() {
    List<ValidationIssue> issues = issues(TEXT.substring(0, TEXT.indexOf("variants:")) + "variants: []\n");
    assertThat(issues).singleElement().satisfies(i -> {
      assertThat(i.line()).isEqualTo(22);
      assertThat(i.message()).contains("variants is an empty list");
    });
  }

  @Test
  void aNullValueRemovesAFieldSoItsDefaultApplies() throws Exception {
    String text = TEXT.replace("cluster.capacityProviders[0].maxSize: 8", "cluster.capacityProviders[0].maxSize: null");
    Scenario bigger = ScenarioLoader.parseFile(text, "v.yaml").variant("bigger").orElseThrow().scenario();
    // Without maxSize it defaults to the larger of minSize and desiredSize.
    assertThat(bigger.cluster().capacityProviders().get(0).maxSize()).isEqualTo(1);
  }

  @Test
  void aSweepPointsInvalidValueIsReportedAtTheBaseFilesField(@TempDir Path dir) throws Exception {
    Path base = Files.writeString(dir.resolve("base.yaml"), TEXT);
    FieldOverride instanceType = new FieldOverride(
        ParameterPath.parse("cluster.capacityProviders[0].instanceTypes[0]").orElseThrow(), TextNode.valueOf("m5.huge"));
    FieldOverride size = new FieldOverride(
        ParameterPath.parse("cluster.capacityProviders[0].maxSize").orElseThrow(), IntNode.valueOf(2));

    assertThatThrownBy(() -> ScenarioLoader.load(base, List.of(size, instanceType)))
        .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.issues()).singleElement()
            .satisfies(i -> {
              // [m5.large] stands on line 6: "    - {name: od, type: ec2, instanceTypes: [" is 44 characters.
              assertThat(i.format()).startsWith(base + ":6:45: cluster.capacityProviders[0].instanceTypes[0]: ");
              assertThat(i.message()).contains("unknown instance type 'm5.huge'");
            }));

    Scenario point = ScenarioLoader.load(base, List.of(size));
    assertThat(point.cluster().capacityProviders().get(0).maxSize()).isEqualTo(2);
    assertThat(point.name()).isEqualTo("web");
  }

  @Test
  void aSweepPointsListValueIsReportedAtTheFieldItReplaces(@TempDir Path dir) throws Exception {
    Path base = Files.writeString(dir.resolve("base.yaml"), TEXT);
    FieldOverride strategy = new FieldOverride(ParameterPath.parse("cluster.defaultCapacityProviderStrategy")
        .orElseThrow(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(
            "[{\"capacityProvider\": \"od\"}, {\"capacityProvider\": \"nope\"}]"));

    assertThatThrownBy(() -> ScenarioLoader.load(base, List.of(strategy)))
        .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.issues()).singleElement()
            .satisfies(i -> assertThat(i.format()).startsWith(
                // Line 8: "  defaultCapacityProviderStrategy: " is 35 characters; the list starts at 36.
                base + ":8:36: cluster.defaultCapacityProviderStrategy[1].capacityProvider: unknown capacity provider 'nope'")));
  }
}
