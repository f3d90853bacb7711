package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Cluster auto scaling in a whole run, every time worked out by hand from docs/ecs-behaviour.md
 * (§5.2–§5.4, ecsim decision 3): an m5.xlarge registers 4,096 CPU units, so four 1,024-unit tasks
 * fill one; instances boot 45 s; CapacityProviderReservation is evaluated every 60 s; warm-up
 * 300 s.
 */
class ClusterAutoScalingScenarioTest {

  private static Recorded run(String arrivals, String duration) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: cas
        duration: 2h
        cluster:
          availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
          capacityProviders:
            - name: asg
              type: ec2
              instanceTypes: [m5.xlarge]
              minSize: 0
              maxSize: 10
              desiredSize: 0
              managedScaling: {status: ENABLED, targetCapacity: 100, instanceWarmupPeriod: 300s}
              instanceLaunch: {bootTime: 45s}
          defaultCapacityProviderStrategy: [{capacityProvider: asg}]
        taskDefinitions:
          - family: t
            cpu: 1024
            memory: 2048
            containerDefinitions: [{name: c, image: {name: "t:1", sizeMiB: 100}, startTime: 2s}]
        jobs:
          - name: j
            taskDefinition: t
            arrivals: %s
            duration: {fixed: %s}
            placementStrategy: [{type: binpack, field: cpu}]
        """.formatted(arrivals, duration))));
  }

  private static List<EventRecord> events(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void fromZeroTheFirstMinuteLaunchesWhatTheTasksNeed() {
    Recorded r = run("{times: [0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]}", "30m");
    // t = 60 s: M = 0 busy + 3 (ten tasks, four per m5.xlarge), N = 0 -> CPR 200 (the M > 0,
    // N = 0 case), desired ceil(3 x 100 / 100) = 3: three launched at once.
    List<EventRecord> launches = events(r, EventType.INSTANCES_LAUNCHED);
    assertThat(launches).hasSize(1);
    assertThat(launches.get(0).timeMillis()).isEqualTo(60_000);
    assertThat(launches.get(0).message()).startsWith("CapacityProviderReservation 200 > target 100: launching 3");
    // They register at 105 s; the first task pulls its 100 MiB image at 25 MiB/s (4 s) and starts
    // its container 2 s later: created 0, pull 105 -> 109 s, RUNNING at 111 s.
    TaskRecord first = r.tasks().get(0);
    assertThat(first.pullStartedAt()).isEqualTo(OptionalLong.of(105_000));
    assertThat(first.pullStoppedAt()).isEqualTo(OptionalLong.of(109_000));
    assertThat(first.startedAt()).isEqualTo(OptionalLong.of(111_000));
    assertThat(r.summary().cluster().instancesLaunched()).isEqualTo(3);
    assertThat(r.summary().startLatency().get("asg").p50Seconds()).isEqualTo(111.0);
  }

  @Test
  void warmUpBlocksASecondScaleOutUntilThreeHundredSecondsAfterTheFirst() {
    // Ten tasks at 0 s, eight more at 120 s. At 105 s three instances take 4 + 4 + 2; at 120 s two
    // of the newcomers fill the third and six wait: M = 3 + 2, N = 3, CPR 166.67, but the
    // instances launched at 60 s are in warm-up until 360 s.
    Recorded r = run("{times: [0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 120s, 120s, 120s, 120s, 120s, 120s, 120s, 120s]}",
        "30m");
    List<EventRecord> launches = events(r, EventType.INSTANCES_LAUNCHED);
    assertThat(launches).extracting(EventRecord::timeMillis).containsExactly(60_000L, 360_000L);
    assertThat(launches.get(1).message()).contains("launching 2");
    // The six waiting tasks start once those two register at 405 s (cached? no: new instances pull).
    assertThat(r.tasks().stream().filter(t -> t.startedAt().orElse(0) >= 405_000).count()).isEqualTo(6);
  }

  @Test
  void scaleInWaitsFifteenLowMinutesAndRemovesOnlyEmptyInstancesAtHalfAMinute() {
    Recorded r = run("{times: [0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]}", "30m");
    // The tasks run 111 s -> 1,911 s. Ticks at 1,920 s and after see M = 0, N = 3: CPR 0. The
    // low alarm needs 15 datapoints: 1,920 + 14 x 60 = 2,760 s. Then at most max(1, floor(N / 2))
    // a minute: 1 at 2,760 s (N = 3), 1 at 2,820 s (N = 2), 1 at 2,880 s (N = 1).
    List<EventRecord> terminations = events(r, EventType.INSTANCE_TERMINATED);
    assertThat(terminations).extracting(EventRecord::timeMillis).containsExactly(2_760_000L, 2_820_000L, 2_880_000L);
    double[] instances = r.series().column(SeriesNames.instances("asg"));
    assertThat(instances[instances.length - 1]).isZero();
    // EC2 bills each from launch (60 s) to termination, per second (docs/ecs-behaviour.md §4.2):
    // (2,700 + 2,760 + 2,820) s x $0.192/h = $0.44160.
    assertThat(r.summary().cost().totalUsd()).isEqualTo(0.4416);
  }

  @Test
  void aBusyInstanceIsNeverScaledIn() {
    // Ten tasks of 30 min and one of 100 min. After 1,911 s one instance still runs the long one:
    // M = 1, N = 3, CPR 33.33; scale-in goes down to ceil(1 x 100 / 100) = 1, the busy one.
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: busy
        duration: 2h
        cluster:
          capacityProviders:
            - {name: asg, type: ec2, instanceTypes: [m5.xlarge], maxSize: 10,
               managedScaling: {status: ENABLED}, instanceLaunch: {bootTime: 45s}}
          defaultCapacityProviderStrategy: [{capacityProvider: asg}]
        taskDefinitions:
          - {family: t, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: short, taskDefinition: t, arrivals: {times: [0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]},
             duration: {fixed: 30m}, placementStrategy: [{type: binpack, field: cpu}]}
          - {name: long, taskDefinition: t, arrivals: {times: [0s]}, duration: {fixed: 100m},
             placementStrategy: [{type: binpack, field: cpu}]}
        """)));
    // Two empty instances go at 2,760 and 2,820 s; the busy one only after its task stops at
    // 6,105 s and fifteen more low minutes (6,120 + 14 x 60 = 6,960 s).
    List<EventRecord> terminations = events(r, EventType.INSTANCE_TERMINATED);
    assertThat(terminations).extracting(EventRecord::timeMillis).containsExactly(2_760_000L, 2_820_000L, 6_960_000L);
    for (EventRecord termination : terminations) {
      List<TaskRecord> onIt = r.tasks().stream()
          .filter(t -> termination.message().contains("(" + t.containerInstanceId().orElseThrow() + ","))
          .toList();
      assertThat(onIt).isNotEmpty().allSatisfy(t ->
          assertThat(t.stoppedAt().getAsLong()).isLessThanOrEqualTo(termination.timeMillis()));
    }
  }
}
