package dev.ecsim.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A validated scenario: immutable records mirroring the YAML (field names as in the ECS and
 * Application Auto Scaling APIs). Durations are milliseconds.
 */
public record Scenario(
    String name,
    String description,
    long seed,
    long durationMillis,
    Instant startTime,
    String region,
    long metricsPeriodMillis,
    ClusterSpec cluster,
    List<TaskDefinitionSpec> taskDefinitions,
    List<JobSpec> jobs,
    PricingSpec pricing,
    List<ServiceSpec> services) {

  public Optional<TaskDefinitionSpec> taskDefinition(String family) {
    return taskDefinitions.stream().filter(t -> t.family().equals(family)).findFirst();
  }

  /** The same scenario with another seed (used by replications and {@code --seed}). */
  public Scenario withSeed(long newSeed) {
    return new Scenario(name, description, newSeed, durationMillis, startTime, region,
        metricsPeriodMillis, cluster, taskDefinitions, jobs, pricing, services);
  }

  /** The same scenario under another name and description (a variant of it). */
  public Scenario named(String newName, String newDescription) {
    return new Scenario(newName, newDescription, seed, durationMillis, startTime, region,
        metricsPeriodMillis, cluster, taskDefinitions, jobs, pricing, services);
  }

  /** The same scenario played for another length of time ({@code --horizon}). */
  public Scenario withDuration(long newDurationMillis) {
    return new Scenario(name, description, seed, newDurationMillis, startTime, region,
        metricsPeriodMillis, cluster, taskDefinitions, jobs, pricing, services);
  }
}
