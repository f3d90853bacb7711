package dev.ecsim.service;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * REPLICA services and rolling deployments, timed by hand from docs/ecs-behaviour.md §7.2: a task
 * without health checks is healthy 40 s after RUNNING; at most floor(desired x maximumPercent /
 * 100) tasks; at least ceil(desired x minimumHealthyPercent / 100) healthy. Two m5.xlarge (4,096
 * CPU units each) hold eight 1,024-unit tasks; containers take 5 s to start, images have no size.
 */
class ServiceDeploymentTest {

  private static Recorded run(String deploymentConfiguration) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: svc
        duration: 30m
        cluster:
          availabilityZones: [us-east-1a, us-east-1b]
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.xlarge], desiredSize: 2}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: v1, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1", startTime: 5s}]}
          - {family: v2, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:2", startTime: 5s}]}
        services:
          - name: web
            taskDefinition: v1
            desiredCount: 4
            deploymentConfiguration: %s
            deployments: [{at: 10m, taskDefinition: v2}]
        """.formatted(deploymentConfiguration))));
  }

  private static List<Long> times(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).map(EventRecord::timeMillis).toList();
  }

  @Test
  void aServiceKeepsItsDesiredCountSpreadOverTheZones() {
    Recorded r = run("{}");
    List<TaskRecord> v1 = r.tasks().stream().filter(t -> t.taskDefinition().equals("v1")).toList();
    assertThat(v1).hasSize(4).allSatisfy(t -> {
      assertThat(t.group()).isEqualTo("service:web");
      assertThat(t.startedAt()).isEqualTo(OptionalLong.of(5_000));
    });
    // The default service strategy spreads over Availability Zones first
    // (docs/ecs-behaviour.md §1.2).
    Map<String, Long> byZone = v1.stream().collect(Collectors.groupingBy(t -> t.availabilityZone().orElseThrow(),
        Collectors.counting()));
    assertThat(byZone).containsExactlyInAnyOrderEntriesOf(Map.of("us-east-1a", 2L, "us-east-1b", 2L));
    assertThat(r.summary().services().get("web").desiredMax()).isEqualTo(4);
    // 4 tasks RUNNING from 5 s of 1,800 s: 4 x 1,795 / 1,800 on average; 5 s below desired.
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(5.0);
  }

  @Test
  void minimumHealthy100MaximumPercent200StartsAllNewTasksFirst() {
    Recorded r = run("{minimumHealthyPercent: 100, maximumPercent: 200}");
    // 600 s: four v2 tasks start (8 = floor(4 x 200 / 100) allowed), RUNNING at 605 s, healthy at
    // 645 s; then the four v1 tasks stop, and the deployment is done.
    assertThat(times(r, EventType.DEPLOYMENT_STARTED)).containsExactly(600_000L);
    assertThat(times(r, EventType.DEPLOYMENT_COMPLETED)).containsExactly(645_000L);
    assertThat(r.tasks().stream().filter(t -> t.taskDefinition().equals("v1")))
        .hasSize(4).allSatisfy(t -> {
          assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(645_000));
          assertThat(t.stopCode()).contains("ServiceSchedulerInitiated");
        });
    assertThat(r.tasks().stream().filter(t -> t.taskDefinition().equals("v2")))
        .hasSize(4).allSatisfy(t -> assertThat(t.startedAt()).isEqualTo(OptionalLong.of(605_000)));
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(5.0);
  }

  @Test
  void minimumHealthy50MaximumPercent100StopsTwoFirst() {
    Recorded r = run("{minimumHealthyPercent: 50, maximumPercent: 100}");
    // At most 4 tasks, at least 2 healthy: 600 s two v1 stop and two v2 start (RUNNING 605 s,
    // healthy 645 s); 645 s the other two v1 stop and two more v2 start (RUNNING 650 s, healthy
    // 690 s): done at 690 s (docs/ecs-behaviour.md §7.2: minimum 50 % of 4 stops 2 first).
    assertThat(times(r, EventType.DEPLOYMENT_COMPLETED)).containsExactly(690_000L);
    assertThat(r.tasks().stream().filter(t -> t.taskDefinition().equals("v1")).map(t -> t.stoppedAt().getAsLong()))
        .containsExactlyInAnyOrder(600_000L, 600_000L, 645_000L, 645_000L);
    assertThat(r.tasks().stream().filter(t -> t.taskDefinition().equals("v2")).map(t -> t.startedAt().getAsLong()))
        .containsExactlyInAnyOrder(605_000L, 605_000L, 650_000L, 650_000L);
    // Two tasks short from 600 to 605 s and again from 645 to 650 s, plus the first 5 s: 15 s.
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(15.0);
  }

  @Test
  void withAContainerHealthCheckATaskIsHealthyAfterItsFirstInterval() {
    // v2 checks its health every 10 s: RUNNING at 605 s, healthy at 615 s, when the v1 tasks stop.
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: hc
        duration: 30m
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.xlarge], desiredSize: 2}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: v1, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1", startTime: 5s}]}
          - {family: v2, cpu: 1024, memory: 2048,
             containerDefinitions: [{name: c, image: "web:2", startTime: 5s, healthCheck: {interval: 10s}}]}
        services:
          - {name: web, taskDefinition: v1, desiredCount: 4, deployments: [{at: 10m, taskDefinition: v2}]}
        """)));
    assertThat(times(r, EventType.DEPLOYMENT_COMPLETED)).containsExactly(615_000L);
    assertThat(r.tasks().stream().filter(t -> t.taskDefinition().equals("v1")))
        .allSatisfy(t -> assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(615_000)));
  }

  @Test
  void maximumPercent125WithDesiredThreeIsStuck() {
    // floor(3 x 125 / 100) = 3 tasks at most and ceil(3 x 100 / 100) = 3 healthy: nothing may start
    // or stop (docs/ecs-behaviour.md §7.2's stuck example).
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: stuck
        duration: 30m
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.xlarge], desiredSize: 2}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: v1, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:1"}]}
          - {family: v2, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "web:2"}]}
        services:
          - {name: web, taskDefinition: v1, desiredCount: 3,
             deploymentConfiguration: {minimumHealthyPercent: 100, maximumPercent: 125},
             deployments: [{at: 10m, taskDefinition: v2}]}
        """)));
    assertThat(times(r, EventType.DEPLOYMENT_COMPLETED)).isEmpty();
    assertThat(r.tasks()).hasSize(3).allSatisfy(t -> assertThat(t.taskDefinition()).isEqualTo("v1"));
  }
}
