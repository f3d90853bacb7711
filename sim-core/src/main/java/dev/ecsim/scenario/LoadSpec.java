package dev.ecsim.scenario;

import dev.ecsim.workload.LoadProfile;
import dev.ecsim.workload.MemoryModel;
import dev.ecsim.workload.ServiceLoad;

/**
 * A service's {@code load:}: the request rate offered to it over the run and what one task makes
 * of it. The profile is already anchored to the scenario's start time (time of day, weekends) and
 * holds a trace's points, read when the scenario was loaded.
 *
 * @param capacityPerTaskPerSecond requests per second one task serves at 100 % of its cpu
 */
public record LoadSpec(LoadProfile requestRate, double capacityPerTaskPerSecond, MemoryModel memory) {

  /**
   * The utilization model for tasks of {@code taskDefinition} (its cpu and memory,
   * docs/ecs-behaviour.md §8).
   */
  public ServiceLoad serviceLoad(TaskDefinitionSpec taskDefinition) {
    return new ServiceLoad(capacityPerTaskPerSecond, taskDefinition.reservedCpu(),
        taskDefinition.reservedMemoryMiB(), memory);
  }
}
