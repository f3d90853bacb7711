package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

  /** A fixed EC2 cluster of m5.large, nothing running (the task definition is unused), for one hour: the bill is the instances. */
  private static final String BASE = """
      name: fixed
      seed: 3
      duration: 1h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 1, desiredSize: 1, maxSize: 2}
        defaultCapacityProviderStrategy:
          - {capacityProvider: od}
      taskDefinitions:
        - family: idle
          cpu: 512
          memory: 1GB
          containerDefinitions:
            - {name: app, image: "idle:1"}
      """;

  @TempDir Path dir;

  @BeforeEach
  void writeBase() throws Exception {
    Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(dir.resolve("scenarios/base.yaml"), BASE);
  }

  private Path sweep(String parameters) throws Exception {
    return Files.writeString(dir.resolve("sizes.yaml"), """
        scenario: scenarios/base.yaml
        replications: 1
        parameters:
        %s""".formatted(parameters.indent(2)));
  }

  private static final String SIZES =
      "- {path: 'cluster.capacityProviders[0].desiredSize', values: [1, 2]}";

  @Test
  void costsAreTheInstancePriceTimesTheCountForAnHour() throws Exception {
    Path out = dir.resolve("out");
    CommandRunner r = CommandRunner.run("sweep", sweep(SIZES).toString(), "-o", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
    assertThat(csv.get(0)).startsWith("cluster.capacityProviders[0].desiredSize,cost.totalUsd,cost.totalUsd.ci95,");
    // m5.large is $0.096 an hour (docs/ecs-behaviour.md §4.1): 1 and 2 instances for 1 h.
    assertThat(csv.get(1)).startsWith("1,0.096,,");
    assertThat(csv.get(2)).startsWith("2,0.192,,");
    assertThat(csv).hasSize(3);
    assertThat(out.resolve("charts/cost-by-cluster-capacityProviders-0-desiredSize.png")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("charts/cost-by-cluster-capacityProviders-0-desiredSize.svg")))
        .contains("<svg").endsWith("</svg>\n");
    // No service and no job: the cost is the only figure charted.
    try (var charts = Files.list(out.resolve("charts"))) {
      assertThat(charts).hasSize(2);
    }
    // The table writes costs as compare does: $0.096, not $0.0960.
    assertThat(r.out()).startsWith("2 points x 1 replication of ").containsPattern("\n +1 +\\$0\\.096\n")
        .containsPattern("\n +2 +\\$0\\.192\n");
    assertThat(r.out()).endsWith("table: " + out.resolve("sweep.csv") + "\nreport: " + out.resolve("sweep.html") + "\n");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws Exception {
    Path s = sweep(SIZES + "\n- {path: 'cluster.capacityProviders[0].instanceTypes[0]', values: [m5.large, m5.xlarge]}");
    CommandRunner one = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("one").toString(),
        "--threads", "1", "--replications", "2", "--quiet");
    CommandRunner two = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("two").toString(),
        "--threads", "2", "--replications", "2", "--quiet");

    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(two.exitCode()).as(two.err()).isZero();
    assertThat(one.out()).isEmpty();
    String csv = Files.readString(dir.resolve("one/sweep.csv"));
    assertThat(csv).isEqualTo(Files.readString(dir.resolve("two/sweep.csv")));
    assertThat(csv.lines()).hasSize(5);
    assertThat(dir.resolve("one/charts/cost-by-cluster-capacityProviders-0-instanceTypes-0.svg")).isNotEmptyFile();
  }

  @Test
  void aPathNotInTheBaseScenarioIsRejected() throws Exception {
    Path s = sweep("- {path: 'cluster.capacityProviders[0].desiredSzie', values: [1, 2]}");
    CommandRunner r = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cluster.capacityProviders[0].desiredSzie")
        .contains("no field 'desiredSzie' in cluster.capacityProviders[0]");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anInvalidValueIsReportedAtTheBaseFilesFieldWithItsPoint() throws Exception {
    Path s = sweep("- {path: 'cluster.capacityProviders[0].instanceTypes[0]', values: [m5.large, m5.huge]}");
    CommandRunner r = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    // The field stands on line 6 of base.yaml: "    - {name: od, type: ec2, instanceTypes: [" is 44 characters.
    assertThat(r.err()).startsWith(dir.resolve("scenarios/base.yaml") + ":6:45: "
            + "cluster.capacityProviders[0].instanceTypes[0]: unknown instance type 'm5.huge'")
        .contains("; sweep point 2 sets cluster.capacityProviders[0].instanceTypes[0]=m5.huge\n")
        .doesNotContain("sweep point 1");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aListValueIsReportedAtTheFieldItReplaces() throws Exception {
    Path s = sweep("- {path: 'cluster.defaultCapacityProviderStrategy', values: [[{capacityProvider: od}], "
        + "[{capacityProvider: od}, {capacityProvider: spot}]]}");
    CommandRunner r = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    // defaultCapacityProviderStrategy's list starts on line 8, column 5 ("    - {capacityProvider: od}").
    assertThat(r.err()).startsWith(dir.resolve("scenarios/base.yaml") + ":8:5: "
        + "cluster.defaultCapacityProviderStrategy[1].capacityProvider: unknown capacity provider 'spot'");
  }

  @Test
  void aBadSweepFileIsRejected() throws Exception {
    Path s = Files.writeString(dir.resolve("bad.yaml"), "scenario: scenarios/base.yaml\nparameters: []\nextra: 1\n");
    CommandRunner r = CommandRunner.run("sweep", s.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown field 'extra'").contains("parameters:");
  }

  @Test
  void anUnknownFieldOfAParameterIsRefusedAtItsLineWithTheFieldMeant() throws Exception {
    // sizes.yaml: line 1 scenario, 2 replications, 3 parameters, 4 the parameter, 5 its misspelt label.
    Path s = sweep("- path: 'cluster.capacityProviders[0].desiredSize'\n  lable: size\n  values: [1, 2]");
    CommandRunner r = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ecsim: " + s + ":5:5: parameters[0].lable: unknown field 'lable'; did you mean "
        + "'label'?; valid: path, label, values\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void twoParametersMayNotShareALabel() throws Exception {
    Path s = sweep("- {path: 'cluster.capacityProviders[0].desiredSize', label: size, values: [1]}\n"
        + "- {path: 'cluster.capacityProviders[0].maxSize', label: size, values: [2]}");
    CommandRunner r = CommandRunner.run("sweep", s.toString(), "-o", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ecsim: " + s + ":5:59: parameters[1].label: 'size' is also the label of "
        + "parameters[0]; each parameter needs a label of its own\n");
  }

  @Test
  void labelsHeadTheTableAndTheChartsWhileTheCsvKeepsThePaths() throws Exception {
    Path out = dir.resolve("out");
    Path s = sweep(SIZES + "\n- {path: 'cluster.capacityProviders[0].maxSize', label: most, values: [2]}");
    CommandRunner r = CommandRunner.run("sweep", s.toString(), "-o", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().skip(1).findFirst()).hasValue("  desiredSize  most  total cost");
    assertThat(Files.readAllLines(out.resolve("sweep.csv")).get(0))
        .startsWith("cluster.capacityProviders[0].desiredSize,cluster.capacityProviders[0].maxSize,cost.totalUsd,");
    assertThat(out.resolve("charts/cost-by-cluster-capacityProviders-0-desiredSize.png")).isNotEmptyFile();
    String html = Files.readString(out.resolve("sweep.html"));
    assertThat(html).contains("<figcaption>Total cost by desiredSize, one line per most</figcaption>")
        .contains("<code>ecsim sweep " + s + " -o " + out + "</code>")
        .contains("base scenario " + dir.resolve("scenarios/base.yaml"))
        .doesNotContain("src=\"http").doesNotContain("<script");
    assertThat(Files.readAllLines(out.resolve(".ecsim-files"))).contains("sweep.html", "sweep.csv");
  }

  @Test
  void aGridOfMoreThanTenThousandRunsIsRefusedBeforeAnyPointIsBuilt() throws Exception {
    // Five parameters of ten values: 100,000 points, each once. Building them took minutes and
    // gigabytes before anything was checked.
    StringBuilder params = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      params.append("- {path: 'cluster.capacityProviders[0].maxSize', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}\n");
    }
    CommandRunner r = CommandRunner.run("sweep", sweep(params.toString()).toString(), "-o", dir.resolve("out").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ecsim: " + dir.resolve("sizes.yaml") + ": a sweep may run at most 10,000 simulations "
        + "(points x replications), and this one asks for 10 x 10 x 10 x 10 x 10 x 1 replication = 100,000; take "
        + "fewer values or fewer replications\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aDeviceAsTheSweepFileIsReadOnlyUpToTheLimit() {
    CommandRunner r = CommandRunner.run("sweep", "/dev/zero");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ecsim: /dev/zero: a sweep file may be at most 1 MiB; it names a scenario and a few "
        + "parameters\n");
  }

  @Test
  void theGridVariesTheFirstParameterSlowest() {
    assertThat(SweepGrid.indexes(List.of(2, 3))).containsExactly(List.of(0, 0), List.of(0, 1), List.of(0, 2),
        List.of(1, 0), List.of(1, 1), List.of(1, 2));
  }
}
