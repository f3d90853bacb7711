package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Common random numbers: variants that differ only in capacity are given the very same workload,
 * whatever the seed. Arrivals show in each task's createdAt (a job's task is created when it
 * arrives) and each drawn duration in how long the task ran, startedAt to stoppingAt.
 */
class VariantProperties {

  private static final String FILE = """
      name: crn
      duration: 3h
      cluster:
        capacityProviders:
          - {name: od, type: ec2, instanceTypes: [m5.large], minSize: 1, desiredSize: 1, maxSize: 1}
          - {name: FARGATE, type: fargate}
        defaultCapacityProviderStrategy: [{capacityProvider: od}]
      taskDefinitions:
        - family: app
          cpu: 512
          memory: 1GB
          networkMode: awsvpc
          requiresCompatibilities: [EC2, FARGATE]
          containerDefinitions:
            - {name: app, image: {name: "app:1", sizeMiB: 100}}
      jobs:
        - name: batch
          taskDefinition: app
          arrivals: {poisson: {rate: 30/h}}
          duration: {lognormal: {median: 5m, p95: 20m}}
      variants:
        - name: one-instance
        - name: fargate
          set:
            cluster.defaultCapacityProviderStrategy: [{capacityProvider: FARGATE}]
      """;

  @Property(tries = 20)
  void variantsThatDifferInCapacitySeeTheSameArrivalsAndDurations(@ForAll @LongRange(min = 0, max = 1_000_000) long seed)
      throws Exception {
    ScenarioFile file = ScenarioLoader.parseFile(FILE, "crn.yaml");
    Recorded ec2 = Recorded.run(Simulation.build(file.variant("one-instance").orElseThrow().scenario().withSeed(seed)));
    Recorded fargate = Recorded.run(Simulation.build(file.variant("fargate").orElseThrow().scenario().withSeed(seed)));

    // The runs do differ: one m5.large holds two awsvpc tasks (three ENIs, one its own), so tasks
    // can queue on EC2 that start on Fargate within a minute; the workload is the same all the same.
    assertThat(createdAt(ec2)).isNotEmpty().isEqualTo(createdAt(fargate));
    Map<String, Long> ran = runMillis(ec2);
    Map<String, Long> ranOnFargate = runMillis(fargate);
    ran.keySet().retainAll(ranOnFargate.keySet());
    assertThat(ran).isNotEmpty();
    ran.forEach((task, millis) -> assertThat(millis).as(task).isEqualTo(ranOnFargate.get(task)));
  }

  private static List<Long> createdAt(Recorded run) {
    return run.tasks().stream().map(TaskRecord::createdAt).sorted().toList();
  }

  /** How long each task ran, by task id (ids count a job's tasks in the order they arrived). */
  private static Map<String, Long> runMillis(Recorded run) {
    Map<String, Long> ran = new HashMap<>();
    for (TaskRecord t : run.tasks()) {
      if (t.startedAt().isPresent() && t.stoppingAt().isPresent()) {
        ran.put(t.taskId(), t.stoppingAt().getAsLong() - t.startedAt().getAsLong());
      }
    }
    return ran;
  }
}
