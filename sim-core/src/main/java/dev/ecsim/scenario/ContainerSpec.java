package dev.ecsim.scenario;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A container definition: cpu shares, hard memory limit and soft reservation, image, how long the
 * process takes to start once its image is present, and how long it is given to exit after SIGTERM
 * before it is killed ({@code stopTimeout}), and the interval of its container health check when
 * it has one.
 */
public record ContainerSpec(
    String name,
    ImageSpec image,
    int cpu,
    OptionalInt memory,
    OptionalInt memoryReservation,
    boolean essential,
    long startTimeMillis,
    List<PortMapping> portMappings,
    long stopTimeoutMillis,
    OptionalLong healthCheckIntervalMillis) {

  /**
   * The agent's ECS_CONTAINER_STOP_TIMEOUT and Fargate's default: 30 s
   * (docs/ecs-behaviour.md §0, §3.4).
   */
  public static final long DEFAULT_STOP_TIMEOUT_MILLIS = 30_000;
  /** Fargate's maximum stopTimeout, 120 s (docs/ecs-behaviour.md §0). */
  public static final long MAX_STOP_TIMEOUT_MILLIS = 120_000;

  /** ECS places on memoryReservation when set, else on memory (ECS DG: task_definition_parameters). */
  public int reservedMemoryMiB() {
    return memoryReservation.isPresent() ? memoryReservation.getAsInt() : memory.orElse(0);
  }
}
