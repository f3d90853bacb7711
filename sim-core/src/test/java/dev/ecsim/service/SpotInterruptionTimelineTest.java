package dev.ecsim.service;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * One EC2 Spot interruption at a listed time, its whole timeline worked by hand
 * (docs/ecs-behaviour.md §4.3, §4.4): two warm m5.xlarge spot instances (us-east-1a, us-east-1b), a
 * service of four 1,024-unit tasks (two per instance by the default AZ spread, RUNNING at 5 s), a
 * job task on the first instance. At 600 s the oldest instance gets its notice; it is terminated at
 * 720 s; the group launches a replacement then, which boots in 45 s.
 */
class SpotInterruptionTimelineTest {

  private static Recorded run(boolean draining) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: spot
        duration: 30m
        cluster:
          availabilityZones: [us-east-1a, us-east-1b]
          capacityProviders:
            - name: spot
              type: ec2
              instanceTypes: [m5.xlarge]
              purchaseOption: spot
              desiredSize: 2
              instanceLaunch: {bootTime: 45s}
              spot: {interruptionTimes: [10m], draining: %s}
          defaultCapacityProviderStrategy: [{capacityProvider: spot}]
        taskDefinitions:
          - {family: web, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1", startTime: 5s}]}
          - {family: batch, cpu: 512, memory: 1024, containerDefinitions: [{name: c, image: "b:1"}]}
        services:
          - {name: web, taskDefinition: web, desiredCount: 4}
        jobs:
          - {name: j, taskDefinition: batch, arrivals: {times: [60s]}, duration: {fixed: 20m},
             placementConstraints: [{type: memberOf, expression: "attribute:ecs.availability-zone == us-east-1a"}],
             onInterruption: retry}
        """.formatted(draining))));
  }

  private static List<Long> times(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).map(EventRecord::timeMillis).toList();
  }

  @Test
  void withDrainingServiceTasksMoveBeforeTheInstanceGoes() {
    Recorded r = run(true);
    assertThat(times(r, EventType.SPOT_INTERRUPTION_WARNING)).containsExactly(600_000L);
    assertThat(times(r, EventType.INSTANCE_TERMINATED)).containsExactly(720_000L);
    // The group replaces the instance when it is terminated; the new one registers 45 s later.
    assertThat(times(r, EventType.INSTANCES_LAUNCHED)).containsExactly(720_000L);
    assertThat(times(r, EventType.INSTANCE_REGISTERED)).containsExactly(0L, 0L, 765_000L);
    // Draining at 600 s: two replacements start on the other instance (8 = 200 % allowed), RUNNING
    // at 605 s, healthy at 645 s; then the two draining tasks stop (6 healthy - 1 >= 4, twice).
    List<TaskRecord> web = r.tasks().stream().filter(t -> t.group().equals("service:web")).toList();
    assertThat(web.stream().filter(t -> t.createdAt() == 600_000)).hasSize(2)
        .allSatisfy(t -> assertThat(t.startedAt()).isEqualTo(OptionalLong.of(605_000)));
    assertThat(web.stream().filter(t -> t.stoppedAt().isPresent())).hasSize(2).allSatisfy(t -> {
      assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(645_000));
      assertThat(t.stopCode()).contains("ServiceSchedulerInitiated");
    });
    // Never fewer than 4 RUNNING after the first 5 s.
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(5.0);
    // The job task is left alone by draining and dies with the instance at 720 s: retried.
    TaskRecord job = r.tasks().stream().filter(t -> t.taskId().equals("j-1")).findFirst().orElseThrow();
    assertThat(job.stoppedAt()).isEqualTo(OptionalLong.of(720_000));
    assertThat(job.stopCode()).contains("SpotInterruption");
    assertThat(r.summary().jobs().get("j").interrupted()).isEqualTo(1);
    assertThat(r.summary().jobs().get("j").retried()).isEqualTo(1);
    assertThat(r.summary().jobs().get("j").lostTaskSeconds()).isEqualTo(660.0);
    assertThat(r.summary().spot().instanceInterruptions()).isEqualTo(1);
    assertThat(r.summary().tasks().stoppedBySpot()).isEqualTo(1);
  }

  @Test
  void withoutDrainingTheTasksDieAtTerminationAndAreReplacedThen() {
    Recorded r = run(false);
    List<TaskRecord> web = r.tasks().stream().filter(t -> t.group().equals("service:web")).toList();
    assertThat(web.stream().filter(t -> t.stoppedAt().isPresent())).hasSize(2).allSatisfy(t -> {
      assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(720_000));
      assertThat(t.stopCode()).contains("SpotInterruption");
    });
    // Replacements start at 720 s on the surviving instance and run at 725 s: 2 x 5 s short, plus
    // the first 5 s: 10 s below desired.
    assertThat(web.stream().filter(t -> t.createdAt() == 720_000)).hasSize(2)
        .allSatisfy(t -> assertThat(t.startedAt()).isEqualTo(OptionalLong.of(725_000)));
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(10.0);
    assertThat(r.summary().tasks().stoppedBySpot()).isEqualTo(3);
  }

  @Test
  void theInstanceInterruptedInItsFirstHourIsNotCharged() {
    Recorded r = run(true);
    // Spot m5.xlarge = 0.192 x 0.40 (catalog default ratio) = $0.0768/h. Instance 1: 0-720 s, EC2
    // interrupted it within its first instance-hour: no charge (EC2 UG: "Billing for interrupted
    // Spot Instances"); instance 2: 0-1,800 s; the replacement: 720-1,800 s (billed from launch).
    double expected = (0 + 1800 + 1080) * 0.0768 / 3600;
    assertThat(r.summary().cost().totalUsd()).isCloseTo(expected, within(1e-6));
    assertThat(r.summary().cost().byPurchaseOption()).containsOnlyKeys("spot");
  }

  @Test
  void anInstanceScaledInDuringItsNoticeIsNotTerminatedTwice() {
    // ci-000001 (us-east-1a) empties at 1,000 s; its notice comes at 1,800 s; managed scaling's
    // 15th low minute (1,860 s) removes it before the spot termination due at 1,920 s.
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: spot-scale-in
        duration: 1h
        cluster:
          availabilityZones: [us-east-1a, us-east-1b]
          capacityProviders:
            - name: spot
              type: ec2
              instanceTypes: [m5.large]
              purchaseOption: spot
              desiredSize: 2
              maxSize: 4
              managedScaling: {status: ENABLED}
              managedTerminationProtection: ENABLED
              instanceLaunch: {bootTime: 45s}
              spot: {interruptionTimes: [1800s]}
          defaultCapacityProviderStrategy: [{capacityProvider: spot}]
        taskDefinitions:
          - {family: t, cpu: 1024, memory: 1024, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: short, taskDefinition: t, arrivals: {times: [0s]}, duration: {fixed: 1000s},
             placementConstraints: [{type: memberOf, expression: "attribute:ecs.availability-zone == us-east-1a"}]}
          - {name: long, taskDefinition: t, arrivals: {times: [0s]}, duration: {fixed: 5h},
             placementConstraints: [{type: memberOf, expression: "attribute:ecs.availability-zone == us-east-1b"}]}
        """)));
    assertThat(times(r, EventType.SPOT_INTERRUPTION_WARNING)).containsExactly(1_800_000L);
    assertThat(times(r, EventType.INSTANCE_TERMINATED)).containsExactly(1_860_000L);
    // Scaled in, not replaced: the group meant to shrink.
    assertThat(times(r, EventType.INSTANCES_LAUNCHED)).isEmpty();
  }
}
