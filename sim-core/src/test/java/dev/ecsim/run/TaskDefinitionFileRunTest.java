package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Task definitions read from JSON files as AWS prints them (src/test/resources/taskdefs), run and
 * billed by hand from docs/ecs-behaviour.md §3.2: x86 Fargate $0.04048 per vCPU-hour and $0.004445
 * per GB-hour, $0.000111 per GB-hour of ephemeral storage above the included 20 GB, per second from
 * the pull start; and §2.2 (decision 9): a Fargate pull runs at 12.5 MiB/s at 1 vCPU.
 */
class TaskDefinitionFileRunTest {

  private static Recorded run(String file, String images) throws InvalidScenarioException {
    Scenario scenario = ScenarioLoader.parse("""
        name: from-file
        duration: 2h
        cluster:
          availabilityZones: [us-east-1a, us-east-1b]
          capacityProviders:
            - {name: FARGATE, type: fargate, provisioningTime: 20s}
          defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
        %s
        taskDefinitions:
          - file: %s
        jobs:
          - name: j
            taskDefinition: web
            arrivals: {times: [0s]}
            duration: {fixed: 1h}
        """.formatted(images, file), "src/test/resources/taskdefs/scenario.yaml");
    return Recorded.run(Simulation.build(scenario));
  }

  @Test
  void aRegisterInputOfOneVcpuAndTwoGbRunForOneHourBillsTheHour() throws Exception {
    // "cpu": "1 vCPU", "memory": "2 GB" as RegisterTaskDefinition takes them; the image sized 0 so
    // the bill is the hour alone: 1 x 0.04048 + 2 x 0.004445 = $0.04937.
    Recorded r = run("web-register.json", "images: {\"nginx:*\": 0MiB}");
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.04937, within(1e-6));
  }

  @Test
  void aDescribeOutputBillsItsSizeAndItsThirtyGibOfEphemeralStorage() throws Exception {
    // cpu "1024", memory "2048", ephemeralStorage 30 GiB: 0.04937 + (30 - 20) x 0.000111
    // = 0.04937 + 0.00111 = $0.05048 for the hour.
    Recorded r = run("web-describe.json", "images: {\"*\": 0}");
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.05048, within(1e-6));
  }

  @Test
  void theImagesMapSizesThePullOfEachContainer() throws Exception {
    // web 250 MiB (its repository's entry) and the log router 100 MiB, pulled one after the other
    // at 12.5 MiB/s (1 vCPU): 20 s + 8 s = 28 s from the pull start at 20 s of provisioning.
    Recorded r = run("web-describe.json", """
        images:
          "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:*": 250MiB
          "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable": 100MiB
          "*": 1GiB
        """);
    TaskRecord task = r.tasks().get(0);
    assertThat(task.pullStartedAt()).isEqualTo(OptionalLong.of(20_000));
    assertThat(task.pullStoppedAt()).isEqualTo(OptionalLong.of(48_000));
    // Billed 28 s of pull and the hour: 3,628 s x $0.05048/h.
    assertThat(r.summary().cost().totalUsd()).isCloseTo(3_628 * 0.05048 / 3_600, within(1e-6));
  }
}
