package dev.ecsim.scenario;

import java.util.List;
import java.util.OptionalInt;

/**
 * A task definition. What placement reserves follows ECS: the task-level cpu/memory when given,
 * else the sum over containers, where a container reserves memoryReservation if set, else memory.
 */
public record TaskDefinitionSpec(
    String family,
    OptionalInt cpu,
    OptionalInt memory,
    NetworkMode networkMode,
    List<ContainerSpec> containerDefinitions,
    List<PlacementConstraintSpec> placementConstraints) {

  public enum NetworkMode implements Spelled {
    BRIDGE, HOST, AWSVPC, NONE
  }

  /** CPU units placement reserves for one task. */
  public int reservedCpu() {
    return cpu.orElseGet(() -> containerDefinitions.stream().mapToInt(ContainerSpec::cpu).sum());
  }

  /** MiB placement reserves for one task. */
  public int reservedMemoryMiB() {
    return memory.orElseGet(() -> containerDefinitions.stream().mapToInt(ContainerSpec::reservedMemoryMiB).sum());
  }

  /** Containers start in parallel once images are pulled; the task runs when the slowest is up. */
  public long containerStartMillis() {
    return containerDefinitions.stream().mapToLong(ContainerSpec::startTimeMillis).max().orElse(0);
  }
}
