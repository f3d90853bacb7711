package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Work per event must not grow with the horizon (issue 12: an EC2 year was quadratic because lists
 * of every instance and meter ever were walked per event). A cluster that scales up and down every
 * day, played for 2 and then 4 days with the same seed: days 3 and 4 repeat days 1 and 2, so a
 * cost per event that depends only on what is live now stays flat, while one that walks the
 * history roughly doubles. Counts, not timings: deterministic.
 */
class HorizonComplexityTest {
  private static final String SCENARIO = """
      name: daily
      seed: 3
      duration: %s
      cluster:
        availabilityZones: [us-east-1a, us-east-1b]
        capacityProviders:
          - name: web-asg
            type: ec2
            instanceTypes: [m5.large]
            minSize: 0
            desiredSize: 1
            maxSize: 40
            managedScaling: {status: ENABLED, targetCapacity: 100, instanceWarmupPeriod: 120s}
        defaultCapacityProviderStrategy: [{capacityProvider: web-asg}]
      taskDefinitions:
        - family: web
          cpu: 1024
          memory: 3GiB
          containerDefinitions:
            - {name: web, image: "web:1", startTime: 5s}
      services:
        - name: web
          taskDefinition: web
          desiredCount: 2
          placementStrategy: [{type: binpack, field: cpu}]
          load:
            requestRate: {diurnal: {min: 100/s, max: 2000/s, peakAt: "14:00", timezone: UTC}}
            capacityPerTask: 100/s
          autoScaling:
            minCapacity: 1
            maxCapacity: 40
            policies:
              - {name: cpu60, type: TargetTrackingScaling, predefinedMetric: ECSServiceAverageCPUUtilization, targetValue: 60}
      """;

  private record Run(RunResult result, Simulation.WorkCounts work) {
    double instancesPerEvent() {
      return (double) work.instancesVisited() / work.events();
    }

    /** Two gauges (rate and cumulative cost) per sample. */
    double metersPerSample() {
      return (double) work.metersVisited() / result.series().rows();
    }
  }

  private static Run run(String duration) {
    Simulation simulation = Simulation.build(Scenarios.parse(SCENARIO.formatted(duration)));
    RunResult result = simulation.run();
    return new Run(result, simulation.workCounts());
  }

  @Test
  void doublingTheHorizonOfADailyScaleUpAndDownDoesNotRaiseTheWorkPerEvent() {
    Run two = run("2d");
    Run four = run("4d");
    // The scenario does come and go: instances are launched every day, many more than run at once.
    assertThat(four.result().summary().cluster().instancesLaunched())
        .isGreaterThan(3 * four.result().summary().cluster().instancesPeak());
    assertThat(four.work().events()).isGreaterThan(two.work().events() * 19 / 10);
    // Live structures only: what is walked per event follows the live count, the same each day.
    // (On the code before live sets: 7.1 -> 12.3 instances per event and 43.5 -> 75.5 meters per
    // sample; with them 3.12 -> 3.12 and 2 -> 2.)
    assertThat(four.instancesPerEvent()).as("instances visited per event, 2 days: %s", two.instancesPerEvent())
        .isLessThanOrEqualTo(two.instancesPerEvent() * 1.1);
    assertThat(four.metersPerSample()).as("meters visited per sample, 2 days: %s", two.metersPerSample())
        .isLessThanOrEqualTo(two.metersPerSample() * 1.1);
  }
}
