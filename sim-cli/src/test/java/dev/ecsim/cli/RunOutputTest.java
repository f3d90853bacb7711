package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.csv.CsvTimestamps;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `ecsim run` prints: services beside jobs, and "n/a" for a figure that does not apply; and
 * that report.html and `ecsim compare` say the same of the same run (one rule, Applicability).
 */
class RunOutputTest {

  private static final String FARGATE = "../scenarios/fargate-vs-ec2/fargate.yaml";
  private static final String EC2 = "../scenarios/fargate-vs-ec2/ec2-on-demand.yaml";

  @Test
  void aFargateRunSaysItsServicesAndThatInstanceFiguresDoNotApply(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CommandRunner r = CommandRunner.run("run", FARGATE, "--horizon", "6h", "-o", out.toString(), "--no-charts");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // No instance ever registers on Fargate: a reservation of registered instances is not 0 %, it is
    // undefined.
    assertThat(r.out()).contains("  CPU reservation (avg)        n/a\n")
        .contains("  memory reservation (avg)     n/a\n")
        // Nor are instance counts and hours.
        .contains("  instances launched / peak    n/a / n/a\n")
        .contains("  instance-hours               n/a\n");
    // The service's figures summary.json has, on two lines.
    assertThat(r.out()).containsPattern("  service web +[0-9.]+ running \\(avg\\), desired [0-9]+-[0-9]+, [0-9]+ out / "
        + "[0-9]+ in\n +CPU [0-9.]+ %, unserved [0-9.]+ %, below desired [0-9,.]+ s\n");

    // The report of the same run: the same figures read n/a, none of them 0.0%.
    String report = Files.readString(out.resolve("report.html"));
    for (String label : List.of("CPU reservation (average)", "Memory reservation (average)",
        "CPU utilization (average)", "Memory utilization (average)", "Instances launched", "Instances at peak",
        "Instance-hours")) {
      assertThat(report).contains("<th scope=\"row\">" + label + "</th><td>n/a</td>");
    }
    // summary.json keeps every field: the contract does not change with what people are shown.
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"cpuReservationAvgPct\": 0.0")
        .contains("\"instancesLaunched\": 0");
  }

  @Test
  void unservedRequestsOfAServiceWithoutLoadDoNotApply(@TempDir Path dir) throws Exception {
    // No load model: no request is offered, so none goes unserved, which is not a load fully served.
    Path scenario = dir.resolve("no-load.yaml");
    Files.writeString(scenario, """
        name: no-load
        duration: 1h
        taskDefinitions:
          - family: app
            cpu: 256
            memory: 512
            networkMode: awsvpc
            requiresCompatibilities: [FARGATE]
            containerDefinitions: [{name: app, image: "app:1"}]
        services:
          - {name: web, taskDefinition: app, desiredCount: 2, launchType: FARGATE}
        """);
    Path out = dir.resolve("out");
    CommandRunner r = CommandRunner.run("run", scenario.toString(), "-o", out.toString(), "--no-charts");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(", unserved n/a, ");
    // The report's Services table: 0 requests offered, unserved a dash (Applicability).
    assertThat(Files.readString(out.resolve("report.html"))).containsPattern("<td>0</td><td>&ndash;</td><td>[^<]+</td>"
        + "</tr>");
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"offeredRequests\": 0.0");
  }

  @Test
  void compareShowsADashForInstanceFiguresOfTheFargateScenario() {
    CommandRunner r = CommandRunner.run("compare", EC2, FARGATE, "--horizon", "6h");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Columns: ec2-on-demand, then fargate. EC2 has its instances; Fargate has none, so a dash.
    for (String label : List.of("CPU reservation (avg)", "memory reservation (avg)", "instances launched",
        "instances peak", "instance-hours")) {
      List<String> cells = row(r.out(), label);
      assertThat(cells).as(label).last().isEqualTo("-");
      assertThat(cells.get(0)).as(label).isNotEqualTo("-").isNotEqualTo("0");
    }
  }

  /** The cells of the row labelled {@code label}, split on runs of spaces. */
  private static List<String> row(String out, String label) {
    for (String line : out.split("\n")) {
      if (line.startsWith(label + "  ")) {
        return Arrays.asList(line.substring(label.length()).trim().split(" +"));
      }
    }
    throw new AssertionError("no row " + label + " in\n" + out);
  }

  @Test
  void placementFailuresAreCountedWithTheCommonestReason(@TempDir Path dir) {
    // scenarios/placement/constraints.yaml, worked by hand: tasks 4-6 fail when submitted (3); task 1
    // stopping places task 4, and task 5 fails again (task 6 shares its request and is not tried);
    // task 2 stopping places task 5 and task 6 fails again; task 3 stopping places task 6. Each time
    // the closest candidate is ci-000001, the oldest of the equally close, refused by memberOf.
    CommandRunner r = CommandRunner.run("run", "../scenarios/placement/constraints.yaml", "-o",
        dir.resolve("out").toString(), "--no-charts");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("  placement failures           5 (MemberOf 5)\n");
  }

  @Test
  void theCsvFilesDateTheirRowsFromTheScenariosStartTime(@TempDir Path dir) throws Exception {
    String constraints = Files.readString(Path.of("../scenarios/placement/constraints.yaml"));
    Path scenario = dir.resolve("dated.yaml");
    Files.writeString(scenario, constraints.replace("duration: 3h\n", "duration: 3h\nstartTime: 2026-03-01T08:00:00Z\n"
        + "metricsPeriod: 30s\n"));
    CommandRunner r = CommandRunner.run("run", scenario.toString(), "-o", dir.resolve("out").toString(), "--no-charts",
        "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // 90 s after 08:00:00 is 08:01:30; task 1 is created at 0 s, the first event (instances) at 0 s.
    assertThat(Files.readAllLines(dir.resolve("out/timeseries.csv"))).anyMatch(l -> l.startsWith("90,2026-03-01T08:01:30Z,"));
    assertThat(Files.readAllLines(dir.resolve("out/tasks.csv")).get(0)).endsWith(",createdAtTimestamp");
    assertThat(Files.readAllLines(dir.resolve("out/tasks.csv"))).anyMatch(l -> l.endsWith(",2026-03-01T08:00:00Z"));
    assertThat(Files.readAllLines(dir.resolve("out/events.csv")).get(1)).startsWith("0,2026-03-01T08:00:00Z,");
  }

  @Test
  void aScenarioWithoutStartTimeStartsWhereReportsAssumeByDefault() throws Exception {
    // ReportOptions without a start (results made by hand) counts from the scenario reader's default.
    assertThat(ScenarioLoader.load(Path.of("../scenarios/placement/constraints.yaml")).startTime())
        .isEqualTo(CsvTimestamps.DEFAULT_START);
  }
}
