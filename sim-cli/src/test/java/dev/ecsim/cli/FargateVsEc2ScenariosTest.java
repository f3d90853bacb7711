package dev.ecsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.scenario.JobSpec;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The files of scenarios/fargate-vs-ec2/ compare capacity on one workload, which holds only while
 * their workload is the same: task definitions, the service and the jobs word for word (the EC2
 * files may add a placement strategy, which Fargate refuses), seed, start and duration.
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

  /** A service as the comparison needs it equal: everything but where its tasks are placed. */
  private static List<Object> serviceWorkload(ServiceSpec s) {
    return List.of(s.name(), s.taskDefinition(), s.schedulingStrategy(), s.desiredCount(),
        s.capacityProviderStrategy(), s.launchType(), s.placementConstraints(),
        s.deploymentConfiguration(), s.deployments(), s.load(), s.autoScaling());
  }

  /** A job likewise. */
  private static List<Object> jobWorkload(JobSpec j) {
    return List.of(j.name(), j.taskDefinition(), j.arrivals(), j.duration(), j.capacityProviderStrategy(),
        j.onInterruption(), j.launchType(), j.explicitGroup(), j.placementConstraints());
  }

  @Test
  void everyFileRunsTheSameWorkload() throws Exception {
    String reference = workload(FILES.get(0));
    Scenario first = ScenarioLoader.load(DIR.resolve(FILES.get(0)));
    for (String file : FILES) {
      assertThat(workload(file)).as(file).isEqualTo(reference);
      // Loaded afresh (the first file too), so these compare values, not the same objects.
      Scenario s = ScenarioLoader.load(DIR.resolve(file));
      assertThat(s.seed()).as(file).isEqualTo(first.seed());
      assertThat(s.durationMillis()).as(file).isEqualTo(first.durationMillis());
      assertThat(s.startTime()).as(file).isEqualTo(first.startTime());
      assertThat(s.taskDefinitions()).as(file).isEqualTo(first.taskDefinitions());
      assertThat(s.jobs()).as(file).hasSize(2);
      assertThat(s.jobs().stream().map(FargateVsEc2ScenariosTest::jobWorkload).toList()).as(file)
          .isEqualTo(first.jobs().stream().map(FargateVsEc2ScenariosTest::jobWorkload).toList());
      assertThat(s.services()).as(file).hasSize(1);
      assertThat(s.services().stream().map(FargateVsEc2ScenariosTest::serviceWorkload).toList()).as(file)
          .isEqualTo(first.services().stream().map(FargateVsEc2ScenariosTest::serviceWorkload).toList());
    }
    try (var files = Files.list(DIR)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).toList())
          .as("a new file here belongs in FILES").containsExactlyInAnyOrderElementsOf(FILES);
    }
  }

  /** The service the issue asks for: one task definition for all, under load, tracking CPU. */
  @Test
  void theMainWorkloadIsAnAutoScaledServiceOnTheJobsTaskDefinition() throws Exception {
    for (String file : FILES) {
      Scenario s = ScenarioLoader.load(DIR.resolve(file));
      ServiceSpec web = s.services().get(0);
      assertThat(web.name()).as(file).isEqualTo("web");
      assertThat(web.taskDefinition()).as(file).isEqualTo("app");
      assertThat(s.jobs()).as(file).allSatisfy(j -> assertThat(j.taskDefinition()).isEqualTo("app"));
      assertThat(s.jobs().stream().map(JobSpec::name).toList()).as(file).containsExactly("daytime", "nightly");
      assertThat(web.load()).as(file).isPresent();
      assertThat(web.autoScaling()).as(file).hasValueSatisfying(a -> assertThat(a.policies()).isNotEmpty());
    }
  }
}
