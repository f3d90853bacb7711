package dev.ecsim.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.Summary;
import dev.ecsim.run.Recorded;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Placement failures counted by reason, against a run worked by hand. One m5.large has 3 ENIs, one
 * of them its primary ENI, so it runs 2 awsvpc tasks (ECS DG: container-instance-eni). A service
 * wants 3 small awsvpc tasks: the first two are placed at 0 s and the third fails for RESOURCE:ENI
 * (failure 1). A waiting task is tried again only when capacity frees or an instance registers;
 * nothing registers later here, and the job's three bridge-mode tasks (no ENI) stop one by one, so
 * each stop tries the third service task once more and it fails again (failures 2, 3 and 4). The
 * instance has CPU and memory to spare throughout, so every failure is for the ENI.
 */
class PlacementFailureCountTest {

  @Test
  void threeAwsvpcTasksOnOneM5LargeFailForTheEniOncePerAttempt() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: eni-limit
        duration: 10m
        %s
        taskDefinitions:
          - family: web
            cpu: 256
            memory: 512
            networkMode: awsvpc
            containerDefinitions:
              - {name: c, image: "web:1"}
          - family: batch
            cpu: 256
            memory: 512
            containerDefinitions:
              - {name: c, image: "batch:1"}
        services:
          - name: web
            taskDefinition: web
            desiredCount: 3
        jobs:
          - name: batch
            taskDefinition: batch
            arrivals: {times: [0s, 60s, 120s]}
            duration: {fixed: 30s}
        """.formatted(Scenarios.cluster("m5.large", 1)))));

    Summary.PlacementFailures failures = r.summary().placementFailures();
    assertThat(failures.total()).isEqualTo(4);
    // Every reason listed, zero included, sorted by name.
    assertThat(failures.byReason()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "DistinctInstance", 0L, "MemberOf", 0L, "NO_INSTANCES", 0L, "RESOURCE:CPU", 0L, "RESOURCE:ENI", 4L,
        "RESOURCE:MEMORY", 0L, "RESOURCE:PORTS", 0L)));
    // One task waited (the third service task); it never found a place.
    assertThat(r.summary().tasks().placementFailures()).isEqualTo(1);
    assertThat(r.summary().services().get("web").runningAvg()).isLessThan(2.0 + 1e-9);
  }
}
