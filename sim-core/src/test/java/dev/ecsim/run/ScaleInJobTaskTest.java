package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the API's default, managed termination protection DISABLED, cluster auto scaling may take
 * an instance that still runs a standalone task (ECS DG: cluster-auto-scaling, "managed
 * termination protection"; docs/ecs-behaviour.md §5.4). The task is lost with its instance, as in a
 * spot interruption, and the job's {@code onInterruption} decides (AWS Batch: a task stopped during
 * instance draining fails, and the job's retry strategy reruns it); it is not a completed task.
 *
 * <p>Timeline, worked by hand: instance A launches warm at 0 s and takes the long task (2,048 CPU
 * units: a whole m6i.large). The short task, created at 30 s, waits; at 60 s the
 * CapacityProviderReservation is 200 (M 2, N 1) and B launches, registers at 105 s and runs the
 * short task for 10 minutes. Once B is empty, M = 1, N = 2: 50 % below the target of 100 for 15
 * minutes, and the scale-in (floor max(M 1, minSize 1) = 1, pace 1) takes one instance. Both are
 * in one zone, so the ASG's next rule decides: the instance closest to its next billing hour, A
 * (launched at 0 s, against B at 60 s). A still runs the long task.
 */
class ScaleInJobTaskTest {
  private static final String YAML = """
      name: scale-in-takes-a-busy-instance
      seed: 3
      duration: 4h
      cluster:
        availabilityZones: [us-east-1a]
        capacityProviders:
          - name: batch-asg
            type: ec2
            instanceTypes: [m6i.large]
            minSize: 1
            desiredSize: 1
            maxSize: 2
            instanceLaunch: {bootTime: 45s}
            managedScaling: {status: ENABLED, targetCapacity: 100, instanceWarmupPeriod: 300s}
            managedTerminationProtection: %s
        defaultCapacityProviderStrategy: [{capacityProvider: batch-asg}]
      taskDefinitions:
        - family: whole-instance
          cpu: 2048
          memory: 4GiB
          containerDefinitions:
            - {name: work, image: {name: "work:1", sizeMiB: 100}, startTime: 5s}
      jobs:
        - name: long
          taskDefinition: whole-instance
          arrivals: {times: [0s]}
          duration: {fixed: 3h}
          onInterruption: %s
        - name: short
          taskDefinition: whole-instance
          arrivals: {times: [30s]}
          duration: {fixed: 10m}
      """;

  private static RunResult run(String protection, String onInterruption) throws Exception {
    return Simulation.build(ScenarioLoader.parse(YAML.formatted(protection, onInterruption), "scale-in-job.yaml"))
        .run();
  }

  @Test
  void aJobTaskLostToScaleInIsRetriedNotCompleted() throws Exception {
    RunResult r = run("DISABLED", "retry");
    List<EventRecord> terminated = r.events().stream().filter(e -> e.type().equals(EventType.INSTANCE_TERMINATED)).toList();
    assertThat(terminated).singleElement().satisfies(e -> assertThat(e.message()).contains("ci-000001"));
    Summary.JobFigures longJob = r.summary().jobs().get("long");
    assertThat(longJob.interrupted()).isEqualTo(1);
    assertThat(longJob.retried()).isEqualTo(1);
    // The retry starts over on B at the scale-in (about 1,600 s) and runs its 3 hours within the 4 h horizon:
    // one completion, the retry's, not two.
    assertThat(longJob.completed()).isEqualTo(1);
    assertThat(longJob.lostTaskSeconds()).isGreaterThan(1_000);
    assertThat(r.summary().jobs().get("short").completed()).isEqualTo(1);
  }

  @Test
  void withFailTheLostTaskIsNeitherRetriedNorCompleted() throws Exception {
    Summary.JobFigures longJob = run("DISABLED", "fail").summary().jobs().get("long");
    assertThat(longJob.interrupted()).isEqualTo(1);
    assertThat(longJob.retried()).isZero();
    assertThat(longJob.completed()).isZero();
  }

  @Test
  void withProtectionTheEmptyInstanceGoesAndTheJobRunsItsCourse() throws Exception {
    RunResult r = run("ENABLED", "retry");
    assertThat(r.events().stream().filter(e -> e.type().equals(EventType.INSTANCE_TERMINATED)))
        .singleElement().satisfies(e -> assertThat(e.message()).contains("ci-000002"));
    Summary.JobFigures longJob = r.summary().jobs().get("long");
    assertThat(longJob.interrupted()).isZero();
    assertThat(longJob.completed()).isEqualTo(1);
  }
}
