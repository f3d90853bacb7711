package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  static final String BUNDLED = "../scenarios/batch-on-ec2.yaml";

  @Test
  void writesTheWholeReportAndPrintsTheHeadlines(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report");
    CommandRunner r = CommandRunner.run("run", BUNDLED, "-o", out.toString(), "--horizon", "1d");
    assertThat(r.exitCode()).as(r.err()).isZero();
    for (String file : new String[] {"summary.json", "timeseries.csv", "tasks.csv", "events.csv", "report.html",
        "charts/cumulative-cost.png", "charts/cumulative-cost.svg", "charts/cluster-reservation.png"}) {
      assertThat(out.resolve(file)).isNotEmptyFile();
    }
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    // 4 x m6i.large x 24 h x $0.096 (docs/ecs-behaviour.md §4.1)
    assertThat(summary.at("/cost/totalUsd").asDouble()).isEqualTo(9.216);
    assertThat(summary.at("/horizonSeconds").asDouble()).isEqualTo(86_400.0);
    assertThat(r.out()).contains("total cost").contains("$9.22").contains("job nightly-etl");
    assertThat(Files.readAllLines(out.resolve("tasks.csv")).get(0)).isEqualTo(
        "taskId,serviceOrJob,group,taskDefinition,launchType,capacityProviderName,containerInstanceId,instanceType,"
            + "availabilityZone,cpu,memory,createdAt,pullStartedAt,pullStoppedAt,startedAt,stoppingAt,stoppedAt,"
            + "stopCode,stoppedReason,costUsd,createdAtTimestamp");
  }

  @Test
  void aHorizonBeyondTheRunLimitsIsRefusedBeforeAnythingRuns(@TempDir Path dir) {
    Path out = dir.resolve("never");
    CommandRunner years = CommandRunner.run("run", BUNDLED, "-o", out.toString(), "--horizon", "2000d");
    assertThat(years.exitCode()).isEqualTo(2);
    assertThat(years.err()).contains("at most 1830d (five years)").doesNotContain("Exception");
    CommandRunner overflow = CommandRunner.run("run", BUNDLED, "-o", out.toString(), "--horizon", "9999999999999d");
    assertThat(overflow.exitCode()).isEqualTo(2);
    assertThat(overflow.err()).contains("is too long");
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputThatCannotBeWrittenExitsThreeWithTheReasonAndNoStackTrace(@TempDir Path dir) throws Exception {
    // Not invalid input (2) nor an ecsim fault (1): the place the report was to go.
    Path file = Files.writeString(dir.resolve("a-file"), "mine");
    CommandRunner underAFile = CommandRunner.run("run", BUNDLED, "-o", file.resolve("out").toString(), "--horizon", "1h",
        "--no-charts", "--quiet");
    assertThat(underAFile.exitCode()).isEqualTo(3);
    assertThat(underAFile.err()).startsWith("ecsim: cannot write the report to").doesNotContain("Exception")
        .doesNotContain("\tat ");

    Path report = dir.resolve("report");
    Files.createDirectories(report.resolve("charts"));
    Files.writeString(report.resolve("charts/notes.txt"), "mine");
    CommandRunner foreign = CommandRunner.run("run", BUNDLED, "-o", report.toString(), "--horizon", "1h", "--quiet");
    assertThat(foreign.exitCode()).isEqualTo(3);
    assertThat(foreign.err()).contains("charts/notes.txt").contains("ecsim did not write");
    assertThat(report.resolve("charts/notes.txt")).hasContent("mine");
    assertThat(file).hasContent("mine");
  }

  @Test
  void theSameSeedGivesAByteIdenticalSummaryAndTheWallTimeIsInRunJson(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(CommandRunner.run("run", BUNDLED, "-o", a.toString(), "--horizon", "2d", "--no-charts").exitCode()).isZero();
    assertThat(CommandRunner.run("run", BUNDLED, "-o", b.toString(), "--horizon", "2d", "--no-charts").exitCode()).isZero();
    assertThat(Files.readAllBytes(a.resolve("summary.json"))).isEqualTo(Files.readAllBytes(b.resolve("summary.json")));
    assertThat(Files.readString(a.resolve("summary.json"))).doesNotContain("wallMillis");
    JsonNode run = new ObjectMapper().readTree(a.resolve("run.json").toFile());
    assertThat(run.path("ecsimVersion").asText()).isNotEmpty();
    assertThat(run.path("java").asText()).startsWith(System.getProperty("java.version"));
    assertThat(run.path("replications").asInt()).isEqualTo(1);
    assertThat(run.path("wallMillis").isIntegralNumber()).isTrue();
    JsonNode summary = new ObjectMapper().readTree(a.resolve("summary.json").toFile());
    assertThat(run.path("simulatedEvents").asLong()).isEqualTo(summary.path("events").asLong());
    assertThat(Files.readAllBytes(a.resolve("tasks.csv"))).isEqualTo(Files.readAllBytes(b.resolve("tasks.csv")));
    assertThat(Files.readAllBytes(a.resolve("timeseries.csv"))).isEqualTo(Files.readAllBytes(b.resolve("timeseries.csv")));
    assertThat(Files.readAllBytes(a.resolve("events.csv"))).isEqualTo(Files.readAllBytes(b.resolve("events.csv")));
    Path c = dir.resolve("c");
    assertThat(CommandRunner.run("run", BUNDLED, "-o", c.toString(), "--horizon", "2d", "--no-charts", "--seed", "7")
        .exitCode()).isZero();
    assertThat(Files.readString(c.resolve("summary.json"))).isNotEqualTo(Files.readString(a.resolve("summary.json")));
  }

  @Test
  void replicationsReportMeansWithConfidenceHalfWidths(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r");
    CommandRunner r = CommandRunner.run("run", BUNDLED, "-o", out.toString(), "--horizon", "1d", "--no-charts",
        "--replications", "3", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.path("replications").asInt()).isEqualTo(3);
    assertThat(summary.at("/ci95HalfWidth/jobs/nightly-etl/waitSecondsMean").asDouble()).isPositive();
    // The fixed cluster costs the same in every replication: zero spread.
    assertThat(summary.at("/ci95HalfWidth/cost/totalUsd").asDouble()).isZero();
  }

  @Test
  void explainPlacementWritesOneJsonLinePerDecision(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("x");
    CommandRunner r = CommandRunner.run("run", "../scenarios/placement/spread.yaml", "-o", out.toString(),
        "--no-charts", "--quiet", "--explain-placement");
    assertThat(r.exitCode()).as(r.err()).isZero();
    var lines = Files.readAllLines(out.resolve("placements.jsonl"));
    assertThat(lines).hasSize(6);
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertThat(first.path("taskId").asText()).isEqualTo("web-1");
    assertThat(first.path("candidates")).hasSize(6);
    assertThat(first.path("ranking").get(0).path("rule").asText()).isEqualTo("spread(attribute:ecs.availability-zone)");
    assertThat(first.path("winner").asText()).isEqualTo("ci-000001");
    // Without the flag there is no such file.
    Path plain = dir.resolve("y");
    assertThat(CommandRunner.run("run", "../scenarios/placement/spread.yaml", "-o", plain.toString(), "--no-charts",
        "--quiet").exitCode()).isZero();
    assertThat(plain.resolve("placements.jsonl")).doesNotExist();
  }

  @Test
  void badOptionsExitTwoWithAMessage() {
    CommandRunner zero = CommandRunner.run("run", BUNDLED, "--replications", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--replications 0 is out of range");
    CommandRunner horizon = CommandRunner.run("run", BUNDLED, "--horizon", "3 weeks");
    assertThat(horizon.exitCode()).isEqualTo(2);
    assertThat(horizon.err()).contains("'3 weeks' is not a duration");
    CommandRunner missing = CommandRunner.run("run", "no-such.yaml");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such.yaml:1:1: no such file");
  }
}
