package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden summaries of the bundled scenarios: a change in behaviour shows as a diff of these files,
 * never silently. They are regression guards, not correctness oracles (those are the tests that
 * check figures worked out by hand or by theory). After an intended change, regenerate with
 * {@code ./mvnw -pl sim-cli -am test -Dtest=GoldenSummaryTest -Dsurefire.failIfNoSpecifiedTests=false -Decsim.updateGoldens=true}
 * and review the diff before committing it.
 */
class GoldenSummaryTest {
  private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");

  static Stream<String> bundledScenarios() {
    return Stream.of("batch-on-ec2");
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void summaryMatchesTheGoldenFile(String name, @TempDir Path dir) throws Exception {
    CommandRunner r = CommandRunner.run("run", "../scenarios/" + name + ".yaml", "-o", dir.resolve("out").toString(),
        "--no-charts", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String actual = normalized(dir.resolve("out/summary.json"));
    Path golden = GOLDEN_DIR.resolve(name + ".summary.json");
    if (Boolean.getBoolean("ecsim.updateGoldens")) {
      Files.createDirectories(GOLDEN_DIR);
      Files.writeString(golden, actual);
    }
    assertThat(golden).as("golden file; see the class comment to create it").exists();
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  /** wallMillis is the only figure that differs between identical runs. */
  private static String normalized(Path summary) throws Exception {
    return Files.readString(summary).replaceAll("\"wallMillis\"\\s*:\\s*\\d+", "\"wallMillis\": 0");
  }
}
