package dev.ecsim.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A placement failure names its owner as ECS's service event does, "(service web) was unable to
 * place a task ...", and a job's as "(job etl)". Whether the owner is a service or a job comes from
 * who submitted the task, not from its task group: RunTask lets a job set any group (ECS API
 * Reference: RunTask, group), {@code service:etl} included, and its tasks are still a job's.
 *
 * <p>One m5.large (2 vCPU) holds one task of 1.5 vCPU: the service takes it at 0 s, and its
 * second task and both of the job's fail for CPU.
 */
class PlacementFailureOwnerTest {

  @Test
  void aJobWhoseGroupLooksLikeAServicesIsStillNamedAJob() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse("""
        name: owner-kind
        duration: 10m
        %s
        taskDefinitions:
          - family: big
            cpu: 1536
            memory: 512
            containerDefinitions:
              - {name: c, image: "big:1"}
        services:
          - name: web
            taskDefinition: big
            desiredCount: 2
        jobs:
          - name: etl
            taskDefinition: big
            group: "service:etl"
            arrivals: {times: [1s, 2s]}
            duration: {fixed: 1h}
        """.formatted(Scenarios.cluster("m5.large", 1)))));

    List<EventRecord> failures = r.events().stream().filter(e -> e.type() == EventType.PLACEMENT_FAILURE).toList();
    assertThat(failures).extracting(EventRecord::source).contains("web", "etl");
    for (EventRecord e : failures) {
      String expected = e.source().equals("web") ? "(service web) " : "(job etl) ";
      assertThat(e.message()).as("%s", e).startsWith(expected + "was unable to place a task because no container "
          + "instance met all of its requirements. The closest matching container-instance ci-000001");
    }
  }
}
