package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.scenario.read.ScenarioLoader;
import dev.ecsim.testing.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The events a report could chart carry what their sentence says as typed facts: a Spot capacity
 * reclaim its provider, pool and noticed instances; a throttled Fargate launch its provider and
 * the task that found the bucket empty; a scale-out that left tasks out its capacity provider.
 */
class EventFactsScenarioTest {

  private static List<EventRecord> events(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type() == type).toList();
  }

  /**
   * The bundled spot batch scenario with the reclaim its comment describes: notices come in
   * bunches that take half of a zone's instances at once.
   */
  @Test
  void aSpotReclaimNamesItsProviderItsPoolAndTheInstancesItNotices() throws Exception {
    Path file = Path.of("../scenarios/spot/batch-spot-vs-on-demand.yaml");
    String yaml = Files.readString(file);
    String from = "        interruptionRate: 1/d\n";
    assertThat(yaml).contains(from);
    Recorded r = Recorded.run(Simulation.build(ScenarioLoader.parse(
        yaml.replace(from, from + "        reclaim: {share: 0.5}\n"), file.toString())));

    List<EventRecord> reclaims = events(r, EventType.SPOT_CAPACITY_RECLAIM);
    assertThat(reclaims).isNotEmpty();
    List<EventRecord> warnings = events(r, EventType.SPOT_INTERRUPTION_WARNING);
    for (EventRecord e : reclaims) {
      assertThat(e.facts().capacityProvider()).contains("render-asg");
      EventFacts.Reclaim reclaim = e.facts().reclaim().orElseThrow();
      assertThat(reclaim.instanceType()).isEqualTo("c6i.xlarge");
      assertThat(reclaim.noticed()).isNotEmpty().allSatisfy(i -> {
        assertThat(i.instanceType()).isEqualTo("c6i.xlarge");
        assertThat(i.availabilityZone()).isEqualTo(reclaim.availabilityZone());
      });
      assertThat(reclaim.running()).isGreaterThanOrEqualTo(reclaim.noticed().size());
      assertThat(e.message()).contains(" in " + reclaim.availabilityZone() + " reclaimed: "
          + reclaim.noticed().size() + " of " + reclaim.running() + " instances");
      // Each noticed instance gets its own interruption warning at the same time.
      List<Optional<EventFacts.Instance>> warned = warnings.stream().filter(w -> w.timeMillis() == e.timeMillis())
          .map(w -> w.facts().instance()).toList();
      reclaim.noticed().forEach(i -> assertThat(warned).contains(Optional.of(i)));
    }
  }

  /**
   * 300 Fargate tasks at 0 s: the account's bucket lets 100 go at once (docs/ecs-behaviour.md
   * §3.3), so the 101st launch finds it empty. It gets the first token after that, 50 ms on, and
   * with 20 s of provisioning pulls at 20.05 s.
   */
  @Test
  void aThrottledLaunchNamesItsProviderAndTheTaskThatFoundTheBucketEmpty() {
    String times = String.join(", ", Collections.nCopies(300, "0s"));
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: throttled
        duration: 1h
        cluster:
          capacityProviders:
            - {name: FARGATE, type: fargate, provisioningTime: 20s}
          defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
        taskDefinitions:
          - family: t
            cpu: 256
            memory: 512
            requiresCompatibilities: [FARGATE]
            networkMode: awsvpc
            containerDefinitions: [{name: c, image: "t:1"}]
        jobs:
          - name: burst
            taskDefinition: t
            arrivals: {times: [%s]}
            duration: {fixed: 30m}
        """.formatted(times))));

    EventRecord throttled = events(r, EventType.THROTTLED).get(0);
    assertThat(throttled.facts().capacityProvider()).contains("FARGATE");
    assertThat(throttled.facts().owner()).contains("burst");
    String first = r.tasks().stream().filter(t -> t.pullStartedAt().equals(OptionalLong.of(20_050)))
        .map(TaskRecord::taskId).findFirst().orElseThrow();
    assertThat(throttled.facts().taskId()).contains(first);
  }

  /**
   * A 3,072-unit task on a group of m5.large (2,048 units) and m5.xlarge: too big for the smallest
   * type, it is left out of the scale-out estimate (docs/ecs-behaviour.md §5.3 step 3).
   */
  @Test
  void aScaleOutThatLeavesTasksOutNamesItsCapacityProvider() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: excluded
        duration: 30m
        cluster:
          capacityProviders:
            - name: asg
              type: ec2
              instanceTypes: [m5.large, m5.xlarge]
              minSize: 0
              maxSize: 4
              desiredSize: 0
              managedScaling: {status: ENABLED, targetCapacity: 100}
          defaultCapacityProviderStrategy: [{capacityProvider: asg}]
        taskDefinitions:
          - family: big
            cpu: 3072
            memory: 1024
            containerDefinitions: [{name: c, image: "big:1"}]
        jobs:
          - name: big
            taskDefinition: big
            arrivals: {times: [0s]}
            duration: {fixed: 10m}
        """)));

    assertThat(events(r, EventType.SCALING_EXCLUDED)).isNotEmpty().allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("asg");
      assertThat(e.facts().capacityProvider()).contains("asg");
    });
  }
}
