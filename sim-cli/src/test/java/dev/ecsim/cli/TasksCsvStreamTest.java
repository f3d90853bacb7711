package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * tasks.csv, now written as tasks stop, has exactly the rows the run wrote when it held every task
 * to the end (the golden *.held-list.tasks.csv files and the digest below were written by that
 * code, at 700aa18). Only the order of the rows changed: tasks as they stopped, then those still
 * running at the end in submission order.
 */
class TasksCsvStreamTest {
  private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");

  /** A tasks.csv's rows without its header, sorted. */
  private static List<String> rows(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().sorted().toList();
  }

  private static Path run(String scenario, Path dir) {
    Path out = dir.resolve("out");
    CommandRunner r = CommandRunner.run("run", "../scenarios/" + scenario + ".yaml", "-o", out.toString(),
        "--no-charts", "--quiet");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return out.resolve("tasks.csv");
  }

  @ParameterizedTest
  @CsvSource({"spot/web-fargate-spot-mix", "scaling/step-scaling-spike", "fargate-vs-ec2/ec2-spot-mix"})
  void theSameRowsAsTheHeldListWrote(String scenario, @TempDir Path dir) throws Exception {
    Path golden = GOLDEN_DIR.resolve(scenario.replace('/', '-') + ".held-list.tasks.csv");
    Path streamed = run(scenario, dir);

    assertThat(Files.readAllLines(streamed).get(0)).isEqualTo(Files.readAllLines(golden).get(0));
    assertThat(rows(streamed)).isEqualTo(rows(golden));
  }

  @ParameterizedTest
  @CsvSource("batch-on-ec2, f922285437fea8c7b2d27c5ae7a2c9c2257c9b674db031c58ffdc98e362ec494")
  void theSameRowsAsTheHeldListWroteByDigest(String scenario, String sha256OfSortedRows, @TempDir Path dir)
      throws Exception {
    // The digest of `tail -n +2 tasks.csv | LC_ALL=C sort | sha256sum` (3,716 rows, 846 KB).
    List<String> sorted = Files.readAllLines(run(scenario, dir)).stream().skip(1)
        .sorted().toList();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String row : sorted) {
      sha.update((row + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(HexFormat.of().formatHex(sha.digest())).isEqualTo(sha256OfSortedRows);
  }
}
