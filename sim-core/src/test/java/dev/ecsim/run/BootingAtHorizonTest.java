package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instance that managed scaling launched and that is still booting when the run ends: EC2
 * launched it and bills it from launch (docs/ecs-behaviour.md §4.2), so it counts in
 * {@code instancesLaunched} and in the bill, and its launch is in events.csv though it never
 * registers. Worked by hand: an m5.large (2,048 CPU units, $0.096/h on demand in us-east-1) fits
 * one 2,048-unit task; boot takes 600 s; the run lasts 600 s.
 */
class BootingAtHorizonTest {

  private static Recorded run(int desiredSize, String arrivals) {
    return Recorded.run(Simulation.build(Scenarios.parse("""
        name: booting
        region: us-east-1
        duration: 10m
        cluster:
          capacityProviders:
            - name: asg
              type: ec2
              instanceTypes: [m5.large]
              minSize: 0
              maxSize: 10
              desiredSize: %d
              managedScaling: {status: ENABLED, targetCapacity: 100}
              instanceLaunch: {bootTime: 600s}
          defaultCapacityProviderStrategy: [{capacityProvider: asg}]
        taskDefinitions:
          - family: t
            cpu: 2048
            memory: 2048
            containerDefinitions: [{name: c, image: "t:1"}]
        jobs:
          - name: j
            taskDefinition: t
            arrivals: %s
            duration: {fixed: 1h}
        """.formatted(desiredSize, arrivals))));
  }

  private static List<EventRecord> events(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Test
  void anInstanceStillBootingAtTheHorizonIsCountedBilledAndLogged() {
    // One task at 0 s, no instance. Tick at 60 s: M = 1, N = 0 -> CPR 200, launch 1. At 120 s and
    // after, M = 1, N = 1 (booting counts) -> CPR 100: no more. It would register at 660 s,
    // after the 600 s horizon.
    Recorded r = run(0, "{times: [0s]}");
    List<EventRecord> launches = events(r, EventType.INSTANCES_LAUNCHED);
    assertThat(launches).extracting(EventRecord::timeMillis).containsExactly(60_000L);
    assertThat(launches.get(0).message()).contains("launching 1");
    assertThat(events(r, EventType.INSTANCE_REGISTERED)).isEmpty();
    assertThat(r.summary().cluster().instancesLaunched()).isEqualTo(1);
    // Billed from launch (60 s) to the horizon (600 s): 540 s x $0.096/h = $0.0144.
    assertThat(r.summary().cost().totalUsd()).isEqualTo(0.0144);
  }

  @Test
  void warmInstancesCountAsLaunchedAtTimeZeroAlongsideTheBootingOne() {
    // One warm instance takes the first task at 0 s; the second waits. Tick at 60 s: M = 1 busy +
    // 1 needed = 2, N = 1 -> CPR 200, launch 1, still booting at 600 s.
    Recorded r = run(1, "{times: [0s, 0s]}");
    assertThat(events(r, EventType.INSTANCE_REGISTERED)).extracting(EventRecord::timeMillis).containsExactly(0L);
    assertThat(events(r, EventType.INSTANCES_LAUNCHED)).extracting(EventRecord::timeMillis).containsExactly(60_000L);
    assertThat(r.summary().cluster().instancesLaunched()).isEqualTo(2);
    assertThat(r.summary().cluster().instancesPeak()).isEqualTo(1);
    // (600 s warm + 540 s booting) x $0.096/h = 1,140 s x $0.096/h = $0.0304.
    assertThat(r.summary().cost().totalUsd()).isEqualTo(0.0304);
  }
}
