package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file with variants under compare, run --variant and validate. */
class VariantsCommandTest {

  /**
   * CompareCommandTest's one 30-minute task of 0.5 vCPU / 1 GB for an hour, on two fixed m5.large
   * (variant ec2, the base) or on FARGATE (variant fargate). Line numbers are on the right.
   */
  private static final String TINY = """
      name: tiny
      seed: 7
      duration: 1h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 2, desiredSize: 2, maxSize: 2}
        defaultCapacityProviderStrategy:
          - {capacityProvider: od}
      taskDefinitions:
        - family: web
          cpu: 512
          memory: 1GB
          networkMode: awsvpc
          requiresCompatibilities: [EC2, FARGATE]
          containerDefinitions:
            - {name: app, image: "web:1"}
      jobs:
        - name: once
          taskDefinition: web
          arrivals: {times: [0s]}
          duration: {fixed: 30m}
      variants:
        - name: ec2
        - name: fargate
          set:
            cluster.capacityProviders[0]: {name: FARGATE, type: fargate}
            cluster.defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
      """;
  // 22 variants:, 26 the fargate provider, 27 the fargate strategy: "      cluster.defaultCapacityProviderStrategy:
  // [{capacityProvider: " is 67 characters, so the provider's name stands at column 68.

  @TempDir Path dir;
  Path tiny;

  @BeforeEach
  void writeScenario() throws Exception {
    tiny = Files.writeString(dir.resolve("tiny.yaml"), TINY);
  }

  /** The words of the table line whose label is {@code label}. */
  private static List<String> row(String out, String label) {
    return out.lines().filter(l -> l.startsWith(label + " ") || l.equals(label))
        .map(l -> Arrays.asList(l.substring(label.length()).trim().split("\\s+")))
        .findFirst().orElseThrow(() -> new AssertionError("no row '" + label + "' in:\n" + out));
  }

  @Test
  void oneFileWithVariantsIsAComparisonWithAColumnPerVariant() throws Exception {
    Path out = dir.resolve("cmp");
    CommandRunner r = CommandRunner.run("compare", tiny.toString(), "-o", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("2 scenarios, seed 7, 1h simulated each\n");
    assertThat(row(r.out(), "")).containsExactly("ec2", "fargate");
    // 2 x m5.large x 1 h x $0.096; 0.5 h x (0.5 x $0.04048 + 1 x $0.004445) = $0.0123425
    // (docs/ecs-behaviour.md §3.2, §4.1)
    assertThat(row(r.out(), "total cost")).containsExactly("$0.192", "$0.0123");
    assertThat(r.out()).contains("cheapest: fargate ($0.0123)");
    assertThat(Files.readAllLines(out.resolve("compare.csv")).get(0)).isEqualTo("figure,ec2,fargate");
  }

  @Test
  void variantsAndPlainFilesMixAndCollidingNamesAreHeadedByFileAndVariant() throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.yaml"), TINY.substring(0, TINY.indexOf("variants:"))
        .replace("name: tiny", "name: plain"));
    CommandRunner mixed = CommandRunner.run("compare", plain.toString(), tiny.toString(), "--quiet", "-o",
        dir.resolve("mixed").toString());
    assertThat(mixed.exitCode()).as(mixed.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("mixed/compare.csv")).get(0)).isEqualTo("figure,plain,ec2,fargate");

    Path copy = Files.writeString(dir.resolve("copy.yaml"), TINY);
    CommandRunner both = CommandRunner.run("compare", tiny.toString(), copy.toString(), "--quiet", "-o",
        dir.resolve("both").toString());
    assertThat(both.exitCode()).as(both.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("both/compare.csv")).get(0)).isEqualTo("figure," + tiny + ":ec2,"
        + tiny + ":fargate," + copy + ":ec2," + copy + ":fargate");
  }

  @Test
  void fewerThanTwoColumnsIsNotAComparison() throws Exception {
    Path one = Files.writeString(dir.resolve("one.yaml"), TINY.substring(0, TINY.indexOf("  - name: fargate")));
    CommandRunner r = CommandRunner.run("compare", one.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("compare needs at least two scenarios").contains("found 1 (" + one + ":ec2)")
        .contains("ecsim run " + one + " --variant ec2");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void runVariantRunsThatVariantUnderTheScenarioAndVariantName() throws Exception {
    Path out = dir.resolve("run");
    CommandRunner r = CommandRunner.run("run", tiny.toString(), "--variant", "fargate", "-o", out.toString(),
        "--no-charts", "--quiet");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.at("/scenario").asText()).isEqualTo("tiny-fargate");
    assertThat(summary.at("/cost/totalUsd").asDouble()).isCloseTo(0.0123425, within(1e-6));

    Path base = dir.resolve("base");
    assertThat(CommandRunner.run("run", tiny.toString(), "-o", base.toString(), "--no-charts", "--quiet").exitCode())
        .isZero();
    JsonNode baseSummary = new ObjectMapper().readTree(base.resolve("summary.json").toFile());
    assertThat(baseSummary.at("/scenario").asText()).isEqualTo("tiny");
    assertThat(baseSummary.at("/cost/totalUsd").asDouble()).isEqualTo(0.192);
  }

  @Test
  void anUnknownVariantExitsTwoWithTheValidNames() throws Exception {
    CommandRunner r = CommandRunner.run("run", tiny.toString(), "--variant", "fargat", "-o",
        dir.resolve("x").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--variant fargat: no such variant in " + tiny)
        .contains("did you mean 'fargate'?").contains("valid: ec2, fargate");
    assertThat(dir.resolve("x")).doesNotExist();

    Path plain = Files.writeString(dir.resolve("plain.yaml"), TINY.substring(0, TINY.indexOf("variants:")));
    CommandRunner none = CommandRunner.run("run", plain.toString(), "--variant", "ec2");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains(plain + " has no variants");
  }

  @Test
  void validateChecksEveryVariantAndLocatesItsIssues() throws Exception {
    CommandRunner ok = CommandRunner.run("validate", tiny.toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).isEqualTo(tiny + ": valid (with variants ec2, fargate)\n");

    Path broken = Files.writeString(dir.resolve("broken.yaml"), TINY.replace("[{capacityProvider: FARGATE}]",
        "[{capacityProvider: FARGAT}]"));
    CommandRunner r = CommandRunner.run("validate", broken.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith(broken + ":27:68: cluster.defaultCapacityProviderStrategy[0].capacityProvider: "
            + "unknown capacity provider 'FARGAT'")
        .contains("(variant fargate)\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void theBundledVariantsCompareInOneColumnEach() throws Exception {
    Path out = dir.resolve("bundled");
    CommandRunner r = CommandRunner.run("compare", "../scenarios/variants/web-capacity.yaml", "--quiet", "-o",
        out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> csv = Files.readAllLines(out.resolve("compare.csv"));
    assertThat(csv.get(0)).isEqualTo("figure,on-demand,spot-mix,fargate");
    // The same service load on every variant: its mean running tasks agree within a task.
    String[] running = csv.stream().filter(l -> l.startsWith("services.web.runningAvg,")).findFirst().orElseThrow()
        .split(",");
    assertThat(Double.parseDouble(running[1])).isCloseTo(Double.parseDouble(running[3]), within(1.0));
    assertThat(Double.parseDouble(running[2])).isCloseTo(Double.parseDouble(running[3]), within(1.0));
  }
}
