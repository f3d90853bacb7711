package dev.ecsim.service;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target-tracking step response timed by hand (docs/ecs-behaviour.md §6.2 and its ecsim
 * decision, §8): four tasks serve 150 requests/s each at 100 % CPU; the load steps from 300/s to
 * 900/s at 600 s; the policy tracks 50 % CPU with a 60 s scale-out cooldown; tasks start 5 s after
 * being launched (instances are warm, images have no size).
 */
class TargetTrackingScenarioTest {

  @Test
  void threeBreachingMinutesThenProportionalScaleOutThenSteady() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: tt
        duration: 1h
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.4xlarge], desiredSize: 2}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: web, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1", startTime: 5s}]}
        services:
          - name: web
            taskDefinition: web
            desiredCount: 4
            load:
              requestRate: {steps: [{at: 0s, rate: 300/s}, {at: 10m, rate: 900/s}]}
              capacityPerTask: 150/s
            autoScaling:
              minCapacity: 2
              maxCapacity: 20
              policies:
                - {name: cpu50, type: TargetTrackingScaling, predefinedMetric: ECSServiceAverageCPUUtilization,
                   targetValue: 50, scaleOutCooldown: 60s}
        """)));
    List<EventRecord> scaling = r.events().stream().filter(e -> e.type().equals(EventType.SCALING_ACTIVITY)).toList();
    // Until 600 s: 300 / (4 x 150) = 50 %, not above the target. From 600 s the tasks are at
    // 100 % (600 of 900 served); the minutes ending 660, 720 and 780 s breach: the 3-of-3 alarm
    // fires at 780 s and the desired count goes to ceil(4 x 100 / 50) = 8.
    assertThat(scaling.get(0).timeMillis()).isEqualTo(780_000);
    assertThat(scaling.get(0).message()).contains("ceil(4 × 100 / 50) = 8").contains("4 → 8");
    // The four new tasks are RUNNING 5 s later.
    assertThat(r.tasks().stream().filter(t -> t.createdAt() == 780_000).map(TaskRecord::startedAt))
        .hasSize(4).allSatisfy(s -> assertThat(s.getAsLong()).isEqualTo(785_000));
    // The minute 780-840 s: 5 s of 4 tasks at 100 % (20 busy of 20 task-seconds) and 55 s of 8
    // tasks serving 900/s (330 busy of 440): 350 / 460 = 76.09 %. The alarm is still in ALARM and
    // the cooldown is over: ceil(8 x 76.09 / 50) = 13.
    assertThat(scaling.get(1).timeMillis()).isEqualTo(840_000);
    assertThat(scaling.get(1).message()).contains("ceil(8 × 76.09 / 50) = 13").contains("8 → 13");
    // 900 / (13 x 150) = 46.2 %: neither above 50 nor below the scale-in threshold 45. Steady.
    assertThat(scaling).hasSize(2);
    assertThat(r.summary().services().get("web").desiredMax()).isEqualTo(13);
    assertThat(r.summary().services().get("web").scaleOutEvents()).isEqualTo(2);
    assertThat(r.summary().services().get("web").scaleInEvents()).isZero();
  }
}
