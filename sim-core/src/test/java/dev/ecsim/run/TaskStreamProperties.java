package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TaskRecordSink;
import dev.ecsim.testing.Scenarios;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A run hands each of its tasks to its sink exactly once, whatever stops it (its end, a service
 * scaling or replacing it, a spot interruption, the horizon): random small runs with services and
 * jobs on EC2 spot and Fargate Spot, with interruptions, retries and tasks left waiting.
 */
class TaskStreamProperties {

  record Shape(long seed, int instances, int webTasks, int apiTasks, int jobsPerHour, boolean retry,
      List<Integer> interruptionMinutes) {
    String yaml() {
      String times = interruptionMinutes.stream().sorted().map(m -> m + "m").reduce((a, b) -> a + ", " + b).orElse("");
      return """
          name: stream
          seed: %d
          duration: 2h
          cluster:
            availabilityZones: [us-east-1a, us-east-1b]
            capacityProviders:
              - name: spot-asg
                type: ec2
                instanceTypes: [m5.large]
                purchaseOption: spot
                desiredSize: %d
                spot: {interruptionTimes: [%s]}
              - {name: FARGATE_SPOT, type: fargate-spot, spot: {interruptionTimes: [%s]}}
          taskDefinitions:
            - {family: web, cpu: 1024, memory: 1024, containerDefinitions: [{name: c, image: "w:1", startTime: 5s}]}
            - family: api
              cpu: 256
              memory: 512
              networkMode: awsvpc
              requiresCompatibilities: [FARGATE]
              containerDefinitions: [{name: c, image: "a:1"}]
            # a large image: its pull (80 s at 25 MiB/s) is often under way at a stop or the horizon
            - {family: etl, cpu: 1024, memory: 1024, containerDefinitions: [{name: c, image: {name: "etl:1", sizeMiB: 2000}, startTime: 5s}]}
          services:
            - {name: web, taskDefinition: web, desiredCount: %d, capacityProviderStrategy: [{capacityProvider: spot-asg}]}
            - {name: api, taskDefinition: api, desiredCount: %d, capacityProviderStrategy: [{capacityProvider: FARGATE_SPOT}]}
          jobs:
            - name: etl
              taskDefinition: etl
              arrivals: {poisson: {rate: %d/h}}
              duration: {exponential: {mean: 20m}}
              capacityProviderStrategy: [{capacityProvider: spot-asg}]
              onInterruption: %s
          """.formatted(seed, instances, times, times, webTasks, apiTasks, jobsPerHour, retry ? "retry" : "fail");
    }
  }

  @Provide
  Arbitrary<Shape> shapes() {
    return Combinators.combine(
        Arbitraries.longs().between(0, 10_000),
        Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(1, 60),
        Arbitraries.of(true, false),
        Arbitraries.integers().between(1, 119).list().ofMaxSize(4).uniqueElements()).as(Shape::new);
  }

  /** Records what the sink got and when it was told the run finished. */
  private static final class Recording implements TaskRecordSink {
    final List<TaskRecord> accepted = new ArrayList<>();
    int finishes;
    int acceptedAfterFinish;

    @Override
    public void accept(TaskRecord task) {
      if (finishes > 0) {
        acceptedAfterFinish++;
      }
      accepted.add(task);
    }

    @Override
    public void finish() {
      finishes++;
    }
  }

  @Property(tries = 40)
  void everyTaskReachesTheSinkExactlyOnceStoppedOnesInStopOrderThenTheRest(@ForAll("shapes") Shape shape) {
    Recording sink = new Recording();
    RunResult result = Simulation.build(Scenarios.parse(shape.yaml())).run(p -> { }, sink);

    assertThat(sink.finishes).isEqualTo(1);
    assertThat(sink.acceptedAfterFinish).isZero();
    Set<String> ids = new HashSet<>();
    sink.accepted.forEach(t -> assertThat(ids.add(t.taskId())).as("%s handed over twice", t.taskId()).isTrue());
    assertThat((long) sink.accepted.size()).isEqualTo(result.summary().tasks().launched())
        .isEqualTo(result.tasks().launched());
    var etl = result.summary().jobs().get("etl");
    assertThat(sink.accepted.stream().filter(t -> t.serviceOrJob().equals("etl")).count())
        .isEqualTo(etl.submitted() + etl.retried());
    // Stopped tasks as they stopped, then the ones still running or waiting at the horizon.
    long lastStop = Long.MIN_VALUE;
    boolean unstoppedSeen = false;
    for (TaskRecord t : sink.accepted) {
      if (t.stoppedAt().isPresent()) {
        assertThat(unstoppedSeen).as("%s stopped, after a task that had not", t.taskId()).isFalse();
        assertThat(t.stoppedAt().getAsLong()).isGreaterThanOrEqualTo(lastStop);
        lastStop = t.stoppedAt().getAsLong();
      } else {
        unstoppedSeen = true;
      }
    }
  }

  /**
   * A record says what happened: its lifecycle timestamps are in ECS's order (created, pull started,
   * pull stopped, started, stopping, stopped), none after the task stopped or after the horizon (2 h).
   * An image pull still under way when the task stopped or the run ended has no pullStoppedAt.
   */
  @Property(tries = 40)
  void timestampsAreInLifecycleOrderAndNoneLiesAfterTheStopOrTheHorizon(@ForAll("shapes") Shape shape) {
    Recording sink = new Recording();
    Simulation.build(Scenarios.parse(shape.yaml())).run(p -> { }, sink);
    long horizon = 2 * 3_600_000L;
    for (TaskRecord t : sink.accepted) {
      long end = t.stoppedAt().orElse(horizon);
      assertThat(end).as("%s stopped", t.taskId()).isLessThanOrEqualTo(horizon);
      long previous = t.createdAt();
      for (java.util.OptionalLong step : List.of(t.pullStartedAt(), t.pullStoppedAt(), t.startedAt(), t.stoppingAt())) {
        if (step.isPresent()) {
          assertThat(step.getAsLong()).as("%s: %s", t.taskId(), t).isBetween(previous, end);
          previous = step.getAsLong();
        }
      }
    }
  }

  @Property(tries = 10)
  void theSameSeedHandsOverTheSameTasksInTheSameOrder(@ForAll("shapes") Shape shape) {
    Recording a = new Recording();
    Recording b = new Recording();
    Simulation.build(Scenarios.parse(shape.yaml())).run(p -> { }, a);
    Simulation.build(Scenarios.parse(shape.yaml())).run(p -> { }, b);
    assertThat(a.accepted).isEqualTo(b.accepted);
  }
}
