package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files of scenarios/fargate-vs-ec2/ compare capacity on one workload, which holds only while
 * their workload is the same: task definitions and jobs word for word (the EC2 files may add a
 * placement strategy, which Fargate refuses), seed, start and duration.
 */
class FargateVsEc2ScenariosTest {
  static final Path DIR = Path.of("../scenarios/fargate-vs-ec2");
  static final List<String> FILES = List.of("fargate.yaml", "ec2-on-demand.yaml", "ec2-spot-mix.yaml",
      "fargate-spot-mix.yaml");

  /** From {@code taskDefinitions:} to the end, without placementStrategy lines. */
  private static String workload(String file) throws Exception {
    String text = Files.readString(DIR.resolve(file));
    return text.substring(text.indexOf("\ntaskDefinitions:")).lines()
        .filter(l -> !l.trim().startsWith("placementStrategy:"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void everyFileRunsTheSameWorkload() throws Exception {
    String reference = workload(FILES.get(0));
    Scenario first = ScenarioLoader.load(DIR.resolve(FILES.get(0)));
    for (String file : FILES) {
      assertThat(workload(file)).as(file).isEqualTo(reference);
      Scenario s = ScenarioLoader.load(DIR.resolve(file));
      assertThat(s.seed()).as(file).isEqualTo(first.seed());
      assertThat(s.durationMillis()).as(file).isEqualTo(first.durationMillis());
      assertThat(s.startTime()).as(file).isEqualTo(first.startTime());
      assertThat(s.jobs()).as(file).hasSize(3);
    }
    try (var files = Files.list(DIR)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).toList())
          .as("a new file here belongs in FILES").containsExactlyInAnyOrderElementsOf(FILES);
    }
  }
}
