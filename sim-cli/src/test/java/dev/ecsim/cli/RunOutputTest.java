package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
