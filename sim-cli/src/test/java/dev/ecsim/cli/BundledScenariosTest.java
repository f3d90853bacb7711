package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario under scenarios/ (recursively) is valid and runs to the end, so a change in the
 * scenario format or the simulator cannot break a bundled file unnoticed. The benchmark scenarios
 * under scenarios/bench/ run only one simulated hour here (a smoke run; their full runs, up to a
 * simulated year or a million tasks, are timed by benchmarks/whole-run.sh, never by the build); the
 * rest run their full duration. The sweep files of scenarios/sweeps/ (docs/sweeps.md) are no
 * scenarios: each runs as a sweep, once per point.
 */
class BundledScenariosTest {
  static final Path SCENARIOS = Path.of("../scenarios");
  static final String SWEEPS = "sweeps/";

  static Stream<String> bundledScenarios() throws IOException {
    return bundledYaml().filter(f -> !f.startsWith(SWEEPS));
  }

  static Stream<String> bundledSweeps() throws IOException {
    return bundledYaml().filter(f -> f.startsWith(SWEEPS));
  }

  private static Stream<String> bundledYaml() throws IOException {
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .map(f -> SCENARIOS.relativize(f).toString().replace('\\', '/'))
          .sorted().toList().stream();
    }
  }

  @Test
  void theBundledScenariosAreFound() throws IOException {
    assertThat(bundledScenarios().toList()).contains("batch-on-ec2.yaml", "placement/binpack.yaml",
        "bench/batch-large.yaml", "bench/ec2-year.yaml", "bench/fargate-year.yaml", "bench/jobs-100k-random.yaml",
        "bench/jobs-1m-binpack.yaml", "fargate-vs-ec2/fargate.yaml", "fargate-vs-ec2/ec2-on-demand.yaml",
        "fargate-vs-ec2/ec2-spot-mix.yaml", "fargate-vs-ec2/fargate-spot-mix.yaml",
        "scaling/target-tracking-step.yaml", "scaling/step-scaling-spike.yaml", "scaling/business-hours.yaml",
        "spot/batch-spot-vs-on-demand.yaml", "spot/batch-on-demand.yaml", "spot/web-fargate-spot-mix.yaml",
        "spot/draining-on.yaml", "spot/draining-off.yaml", "spot/interrupted-first-hour.yaml",
        "variants/web-capacity.yaml", "aws-task-definition/web.yaml", "fargate-only.yaml");
    assertThat(bundledSweeps().toList()).containsExactly("sweeps/target-vs-instance.yaml");
  }

  /** One replication per point keeps it short: six points of the three-hour target-tracking scenario. */
  @ParameterizedTest
  @MethodSource("bundledSweeps")
  void sweepsValidateAndRun(String sweep, @TempDir Path dir) throws IOException {
    SweepFile file = SweepFile.read(SCENARIOS.resolve(sweep));
    int points = file.parameters().stream().mapToInt(p -> p.values().size()).reduce(1, (a, b) -> a * b);

    CommandRunner run = CommandRunner.run("sweep", SCENARIOS.resolve(sweep).toString(), "-o",
        dir.resolve("out").toString(), "--replications", "1", "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("out/sweep.csv"))).hasSize(1 + points);
    assertThat(dir.resolve("out/sweep.html")).isNotEmptyFile();
  }

  @ParameterizedTest
  @MethodSource("bundledScenarios")
  void validatesAndRuns(String scenario, @TempDir Path dir) {
    String file = SCENARIOS.resolve(scenario).toString();
    CommandRunner validate = CommandRunner.run("validate", file);
    assertThat(validate.exitCode()).as(validate.err()).isZero();

    List<String> args = new ArrayList<>(List.of("run", file, "-o", dir.resolve("out").toString(), "--no-charts",
        "--quiet"));
    if (scenario.startsWith("bench/")) {
      args.addAll(List.of("--horizon", "1h"));
    }
    CommandRunner run = CommandRunner.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(dir.resolve("out/summary.json")).isNotEmptyFile();
  }
}
