package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * One short real run for the charts that read more than the time series: an on-demand group with
 * managed scaling that starts with one instance and launches more (90 s boot), the service web, the
 * job etl (Poisson arrivals, binpack, queueing for capacity) and the job report (every 10 min). Its
 * summary is sim-core's own, so a chart that recomputes a summary figure can be held to it.
 */
final class RealRun {
  private RealRun() {}

  static final String SCENARIO =
      """
      name: chart-fixture
      duration: 3h
      seed: 7
      cluster:
        availabilityZones: [us-east-1a, us-east-1b]
        capacityProviders:
          - name: od
            type: ec2
            instanceTypes: [m5.large]
            minSize: 0
            maxSize: 8
            desiredSize: 1
            managedScaling: {status: ENABLED, targetCapacity: 100, instanceWarmupPeriod: 60s}
            instanceLaunch: {bootTime: 90s}
        defaultCapacityProviderStrategy: [{capacityProvider: od}]
      taskDefinitions:
        - {family: web, cpu: 512, memory: 1024, containerDefinitions: [{name: c, image: "web:1", startTime: 5s}]}
        - {family: etl, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "etl:1", startTime: 5s}]}
      services:
        - {name: web, taskDefinition: web, desiredCount: 2}
      jobs:
        - name: etl
          taskDefinition: etl
          arrivals: {poisson: {rate: 40/h}}
          duration: {exponential: {mean: 15m}}
          placementStrategy: [{type: binpack, field: memory}]
        - name: report
          taskDefinition: web
          arrivals: {fixed: 10m}
          duration: {fixed: 4m}
      """;

  /** The run, simulated once per test JVM, when first asked for. */
  static RunResult get() {
    return Holder.RUN;
  }

  /** The run's tasks, as its sink got them. */
  static List<TaskRecord> tasks() {
    return Holder.TASKS;
  }

  private static final class Holder {
    static final List<TaskRecord> TASKS = new ArrayList<>();
    static final RunResult RUN = simulate(TASKS);
  }

  private static RunResult simulate(List<TaskRecord> tasks) {
    try {
      return Simulation.build(ScenarioLoader.parse(SCENARIO, "chart-fixture.yaml")).run(p -> { }, tasks::add);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
