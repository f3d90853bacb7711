package dev.ecsim.service;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * DAEMON services (docs/ecs-behaviour.md §7.1): one task per ACTIVE instance, on new instances as
 * they register, stopped before an instance goes; their tasks do not keep an instance from being
 * scaled in (cluster auto scaling counts only non-daemon tasks, §5.4).
 */
class DaemonServiceTest {

  @Test
  void oneTaskOnEveryInstanceIncludingThoseAutoScalingAdds() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: daemon
        duration: 2h
        cluster:
          capacityProviders:
            - name: asg
              type: ec2
              instanceTypes: [m5.xlarge]
              desiredSize: 2
              maxSize: 6
              managedScaling: {status: ENABLED}
              instanceLaunch: {bootTime: 45s}
          defaultCapacityProviderStrategy: [{capacityProvider: asg}]
        taskDefinitions:
          - {family: agent, cpu: 256, memory: 256, containerDefinitions: [{name: c, image: "agent:1"}]}
          - {family: t, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "t:1"}]}
        services:
          - {name: logs, taskDefinition: agent, schedulingStrategy: DAEMON}
        jobs:
          - {name: j, taskDefinition: t, arrivals: {times: [0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s, 0s]},
             duration: {fixed: 20m}, placementStrategy: [{type: binpack, field: cpu}]}
        """)));
    List<TaskRecord> daemon = r.tasks().stream().filter(t -> t.group().equals("service:logs")).toList();
    // Two warm instances: a daemon task on each at 0 s, before the jobs take the rest (3 x 1,024 +
    // 256 fit an m5.xlarge's 4,096 units): 6 job tasks placed, 4 wait.
    assertThat(daemon.stream().filter(t -> t.createdAt() == 0)).hasSize(2);
    // Managed scaling launches instances for the 4 waiting tasks; every instance that registers
    // gets its daemon task first.
    Set<String> instances = r.tasks().stream().flatMap(t -> t.containerInstanceId().stream()).collect(Collectors.toSet());
    Set<String> withDaemon = daemon.stream().flatMap(t -> t.containerInstanceId().stream()).collect(Collectors.toSet());
    assertThat(withDaemon).isEqualTo(instances);
    // After the jobs end (about 1,300 s) only daemon tasks remain: the instances count as empty and
    // are scaled in, each daemon task stopped first.
    List<EventRecord> terminated = r.events().stream().filter(e -> e.type().equals(EventType.INSTANCE_TERMINATED)).toList();
    assertThat(terminated).isNotEmpty();
    for (EventRecord e : terminated) {
      TaskRecord onIt = daemon.stream().filter(t -> e.message().contains("(" + t.containerInstanceId().orElseThrow() + ","))
          .findFirst().orElseThrow();
      assertThat(onIt.stoppedAt().getAsLong()).isEqualTo(e.timeMillis());
      assertThat(onIt.stopCode()).contains("ServiceSchedulerInitiated");
    }
  }
}
