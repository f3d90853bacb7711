package dev.ecsim.service;

import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A timeline worked out by hand: one m5.large (2048 CPU units, 8028 MiB registered) that fits one
 * 5,000 MiB task at a time; a 250 MiB image pulled at 25 MiB/s takes 10 s; containers take 5 s to
 * start; each task runs 60 s.
 */
class TaskLifecycleTest {

  private static Recorded run(String taskMemory, String arrivalTimes) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: timeline
        duration: 10m
        %s
        taskDefinitions:
          - family: t
            cpu: 512
            memory: %s
            containerDefinitions:
              - {name: c, image: {name: "t:1", sizeMiB: 250}, startTime: 5s}
        jobs:
          - name: j
            taskDefinition: t
            arrivals: {times: %s}
            duration: {fixed: 60s}
        """.formatted(Scenarios.cluster("m5.large", 1), taskMemory, arrivalTimes))));
  }

  @Test
  void secondTaskWaitsForTheFirstThenFindsTheImageCached() {
    List<TaskRecord> tasks = run("5000", "[0s, 10s]").tasks();
    TaskRecord first = tasks.get(0);
    // created 0, pull 0 -> 10 s (250 MiB / 25 MiB/s), RUNNING at 15 s, stopped at 75 s
    assertTimes(first, 0, 0, 10_000, 15_000, 75_000);
    TaskRecord second = tasks.get(1);
    // created 10 s, waits in PROVISIONING until the first stops at 75 s; image cached: no pull;
    // RUNNING at 80 s, stopped at 140 s
    assertTimes(second, 10_000, 75_000, 75_000, 80_000, 140_000);
    assertThat(second.stopCode()).contains("EssentialContainerExited");
    assertThat(second.containerInstanceId()).isEqualTo(first.containerInstanceId());
    assertThat(second.instanceType()).contains("m5.large");
    assertThat(second.availabilityZone()).contains("us-east-1a");
  }

  @Test
  void aTaskPlacedWhileTheImageIsBeingPulledWaitsForTheSamePull() {
    // 2,000 MiB tasks: both fit at once. The second arrives at 3 s while the pull runs until 10 s.
    Recorded r = run("2000", "[0s, 3s]");
    TaskRecord second = r.tasks().get(1);
    assertTimes(second, 3_000, 3_000, 10_000, 15_000, 75_000);
    assertThat(r.summary().jobs().get("j").waitSecondsMean()).isEqualTo((15 + 12) / 2.0);
    assertThat(r.summary().tasks().placementFailures()).isZero();
  }

  @Test
  void aTaskStillWaitingAtTheEndCountsWithItsWaitSoFar() {
    // The first task holds the only instance past the 10 min horizon (it runs 20 min from 15 s);
    // the second, created at 10 s, never starts: it has waited 600 - 10 = 590 s at the end.
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: starved
        duration: 10m
        %s
        taskDefinitions:
          - family: t
            cpu: 512
            memory: 5000
            containerDefinitions:
              - {name: c, image: {name: "t:1", sizeMiB: 250}, startTime: 5s}
        jobs:
          - name: j
            taskDefinition: t
            arrivals: {times: [0s, 10s]}
            duration: {fixed: 20m}
        """.formatted(Scenarios.cluster("m5.large", 1)))));
    var j = r.summary().jobs().get("j");

    assertThat(j.waitingAtEnd()).isEqualTo(1);
    // Waits {15, 590}: mean 302.5; Commons Math's default percentile interpolates at p(n+1)/100,
    // 1.5 for the median (15 + 0.5 x 575 = 302.5) and past the last value for p95 and p99.
    assertThat(j.waitSecondsMean()).isEqualTo(302.5);
    assertThat(j.waitSecondsP50()).isEqualTo(302.5);
    assertThat(j.waitSecondsP95()).isEqualTo(590.0);
    assertThat(j.waitSecondsP99()).isEqualTo(590.0);
  }

  @Test
  void capacityFreedByAProviderTaskServesAWaitingLaunchTypeTask() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: mixed
        duration: 10m
        %s
        taskDefinitions:
          - {family: t, cpu: 512, memory: 5000, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: cp, taskDefinition: t, arrivals: {times: [0s]}, duration: {fixed: 60s}}
          - {name: lt, taskDefinition: t, launchType: EC2, arrivals: {times: [10s]}, duration: {fixed: 60s}}
        """.formatted(Scenarios.cluster("m5.large", 1)))));
    TaskRecord launchType = r.tasks().get(1);
    assertThat(launchType.capacityProviderName()).isEmpty();
    // created at 10 s, waits for the provider task to stop at 60 s
    assertThat(launchType.startedAt()).isEqualTo(OptionalLong.of(60_000));
  }

  private static void assertTimes(TaskRecord t, long created, long pullStart, long pullStop, long started, long stopped) {
    assertThat(t.createdAt()).as("createdAt").isEqualTo(created);
    assertThat(t.pullStartedAt()).as("pullStartedAt").isEqualTo(OptionalLong.of(pullStart));
    assertThat(t.pullStoppedAt()).as("pullStoppedAt").isEqualTo(OptionalLong.of(pullStop));
    assertThat(t.startedAt()).as("startedAt").isEqualTo(OptionalLong.of(started));
    assertThat(t.stoppedAt()).as("stoppedAt").isEqualTo(OptionalLong.of(stopped));
  }
}
