package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs of small bundled scenarios: their summary.json and the tables of their
 * report.html. A change in behaviour or in the report's tables shows as a diff of these files,
 * never silently. They are regression guards, not correctness oracles (those are the tests that
 * check figures worked out by hand or by theory). After an intended change, regenerate with
 * {@code ./mvnw -pl sim-cli -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false -Decsim.updateGoldens=true}
 * and review the diff before committing it.
 */
class GoldenOutputTest {
  private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");

  /** Small and quick, and between them: jobs, a service, spot notices with draining, events. */
  static Stream<String> bundledScenarios() {
    return Stream.of("batch-on-ec2", "spot/draining-on");
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void summaryAndReportTablesMatchTheGoldenFiles(String scenario, @TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CommandRunner r = CommandRunner.run("run", "../scenarios/" + scenario + ".yaml", "-o", out.toString(),
        "--no-charts", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String name = scenario.replace('/', '-');

    // summary.json holds simulated results only: compared byte for byte, nothing masked.
    assertGolden(Files.readString(out.resolve("summary.json")), name + ".summary.json");
    assertGolden(reportTables(Files.readString(out.resolve("report.html"))), name + ".report-tables.html");
  }

  /**
   * The report from its first heading to the end: headline figures, services, jobs, start latency
   * and the events worth reading. What comes before (the style sheet, the title and a line with the
   * wall-clock time of the run) is left out, as it is not the report's tables or differs by run.
   */
  static String reportTables(String html) {
    int start = html.indexOf("<h2>");
    assertThat(start).as("report.html has a heading").isNotNegative();
    return html.substring(start);
  }

  private static void assertGolden(String actual, String fileName) throws Exception {
    Path golden = GOLDEN_DIR.resolve(fileName);
    if (Boolean.getBoolean("ecsim.updateGoldens")) {
      Files.createDirectories(GOLDEN_DIR);
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden file; see the class comment to create it").exists();
    assertThat(actual).as(fileName).isEqualTo(Files.readString(golden));
  }
}
