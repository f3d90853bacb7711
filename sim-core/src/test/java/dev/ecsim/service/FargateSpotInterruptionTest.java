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
 * A Fargate Spot interruption timed by hand (docs/ecs-behaviour.md §3.4): a service with base 1 on
 * FARGATE and weight on FARGATE_SPOT, 20 s provisioning, no image. At 600 s the Fargate Spot task
 * RUNNING longest gets its notice (SIGTERM) and stops when its stopTimeout (45 s here) is up; the
 * service replaces it on FARGATE_SPOT, by its strategy.
 */
class FargateSpotInterruptionTest {

  @Test
  void theTaskStopsAfterItsStopTimeoutAndIsReplacedOnFargateSpot() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: fs
        duration: 30m
        cluster:
          capacityProviders:
            - {name: FARGATE, type: fargate, provisioningTime: 20s}
            - {name: FARGATE_SPOT, type: fargate-spot, provisioningTime: 20s, spot: {interruptionTimes: [10m]}}
        taskDefinitions:
          - {family: web, cpu: 256, memory: 512, networkMode: awsvpc, requiresCompatibilities: [FARGATE],
             containerDefinitions: [{name: c, image: "web:1", stopTimeout: 45s}]}
        services:
          - name: web
            taskDefinition: web
            desiredCount: 3
            capacityProviderStrategy:
              - {capacityProvider: FARGATE, base: 1, weight: 1}
              - {capacityProvider: FARGATE_SPOT, weight: 1}
        """)));
    List<TaskRecord> interrupted = r.tasks().stream().filter(t -> t.stopCode().isPresent()).toList();
    assertThat(interrupted).singleElement().satisfies(t -> {
      assertThat(t.capacityProviderName()).isEqualTo("FARGATE_SPOT");
      assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(645_000));
      assertThat(t.stopCode()).contains("SpotInterruption");
    });
    // The replacement is created at 645 s, provisions 20 s and runs from 665 s.
    TaskRecord replacement = r.tasks().stream().filter(t -> t.createdAt() == 645_000).findFirst().orElseThrow();
    assertThat(replacement.capacityProviderName()).isEqualTo("FARGATE_SPOT");
    assertThat(replacement.startedAt()).isEqualTo(OptionalLong.of(665_000));
    assertThat(r.summary().spot().taskInterruptions()).isEqualTo(1);
    // 20 s at the start plus the 20 s the replacement took.
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(40.0);
  }
}
