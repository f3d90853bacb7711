package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.csv.CsvTimestamps;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `ecsim run` prints: services beside jobs, and "n/a" for a figure that does not apply. */
class RunOutputTest {

  @Test
  void aFargateRunSaysItsServicesAndThatReservationDoesNotApply(@TempDir Path dir) {
    CommandRunner r = CommandRunner.run("run", "../scenarios/fargate-vs-ec2/fargate.yaml", "--horizon", "6h", "-o",
        dir.resolve("out").toString(), "--no-charts");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // No instance ever registers on Fargate: a reservation of registered instances is not 0 %, it is
    // undefined.
    assertThat(r.out()).contains("  CPU reservation (avg)        n/a\n")
        .contains("  memory reservation (avg)     n/a\n");
    // The service's figures summary.json has, on two lines.
    assertThat(r.out()).containsPattern("  service web +[0-9.]+ running \\(avg\\), desired [0-9]+-[0-9]+, [0-9]+ out / "
        + "[0-9]+ in\n +CPU [0-9.]+ %, unserved [0-9.]+ %, below desired [0-9,]+ s\n");
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
    assertThat(Files.readAllLines(dir.resolve("out/tasks.csv")).get(0)).endsWith(",stoppedAtTimestamp");
    assertThat(Files.readAllLines(dir.resolve("out/tasks.csv"))).anyMatch(l -> l.contains(",2026-03-01T08:00:00Z,"));
    assertThat(Files.readAllLines(dir.resolve("out/events.csv")).get(1)).startsWith("0,2026-03-01T08:00:00Z,");
  }

  @Test
  void aScenarioWithoutStartTimeStartsWhereReportsAssumeByDefault() throws Exception {
    // ReportOptions without a start (results made by hand) counts from the scenario reader's default.
    assertThat(ScenarioLoader.load(Path.of("../scenarios/placement/constraints.yaml")).startTime())
        .isEqualTo(CsvTimestamps.DEFAULT_START);
  }
}
