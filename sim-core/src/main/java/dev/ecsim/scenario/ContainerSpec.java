package dev.ecsim.scenario;

import java.util.List;
import java.util.OptionalInt;

/**
 * A container definition: cpu shares, hard memory limit and soft reservation, image and how long
 * the process takes to start once its image is present.
 */
public record ContainerSpec(
    String name,
    ImageSpec image,
    int cpu,
    OptionalInt memory,
    OptionalInt memoryReservation,
    boolean essential,
    long startTimeMillis,
    List<PortMapping> portMappings) {

  /** ECS places on memoryReservation when set, else on memory (ECS DG: task_definition_parameters). */
  public int reservedMemoryMiB() {
    return memoryReservation.isPresent() ? memoryReservation.getAsInt() : memory.orElse(0);
  }
}
