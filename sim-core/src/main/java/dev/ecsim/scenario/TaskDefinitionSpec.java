package dev.ecsim.scenario;

import dev.ecsim.catalog.Architecture;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A task definition. What placement reserves follows ECS: the task-level cpu/memory when given,
 * else the sum over containers, where a container reserves memoryReservation if set, else memory.
 *
 * @param requiresCompatibilities the launch types the definition was validated for; empty means
 *     EC2 only, as RegisterTaskDefinition assumes
 * @param cpuArchitecture runtimePlatform.cpuArchitecture; empty when not given (Fargate then runs
 *     X86_64, EC2 places on any architecture)
 * @param ephemeralStorageGiB Fargate ephemeral storage, 20 GiB unless given (21 to 200)
 */
public record TaskDefinitionSpec(
    String family,
    OptionalInt cpu,
    OptionalInt memory,
    NetworkMode networkMode,
    List<ContainerSpec> containerDefinitions,
    List<PlacementConstraintSpec> placementConstraints,
    Set<LaunchType> requiresCompatibilities,
    Optional<Architecture> cpuArchitecture,
    int ephemeralStorageGiB) {

  /** Fargate's ephemeral storage when a task definition gives none (docs/ecs-behaviour.md §3.1). */
  public static final int DEFAULT_EPHEMERAL_STORAGE_GIB = 20;

  public enum NetworkMode implements Spelled {
    BRIDGE, HOST, AWSVPC, NONE
  }

  public boolean fargateCompatible() {
    return requiresCompatibilities.contains(LaunchType.FARGATE);
  }

  /** The architecture a Fargate task runs on: the one asked for, else X86_64 (ECS's default). */
  public Architecture fargateArchitecture() {
    return cpuArchitecture.orElse(Architecture.X86_64);
  }

  /** CPU units placement reserves for one task. */
  public int reservedCpu() {
    return cpu.orElseGet(() -> containerDefinitions.stream().mapToInt(ContainerSpec::cpu).sum());
  }

  /** MiB placement reserves for one task. */
  public int reservedMemoryMiB() {
    return memory.orElseGet(() -> containerDefinitions.stream().mapToInt(ContainerSpec::reservedMemoryMiB).sum());
  }

  /**
   * When a RUNNING task counts as healthy (docs/ecs-behaviour.md §7.2): 40 s after RUNNING without
   * health checks; with container health checks, when the slowest container's first check has
   * passed, one interval after it started (ecsim choice: a healthy application passes its first
   * check).
   */
  public long healthyAfterMillis() {
    boolean checked = containerDefinitions.stream().anyMatch(c -> c.healthCheckIntervalMillis().isPresent());
    return checked ? containerDefinitions.stream().mapToLong(c -> c.healthCheckIntervalMillis().orElse(0)).max()
        .orElse(0) : HEALTHY_WITHOUT_CHECKS_MILLIS;
  }

  /** A task with no health check is healthy 40 s after RUNNING (ECS DG: deployment-type-ecs). */
  public static final long HEALTHY_WITHOUT_CHECKS_MILLIS = 40_000;

  /** SIGTERM goes to every container at once; the task is stopped when the slowest has exited or been killed. */
  public long stopTimeoutMillis() {
    return containerDefinitions.stream().mapToLong(ContainerSpec::stopTimeoutMillis).max()
        .orElse(ContainerSpec.DEFAULT_STOP_TIMEOUT_MILLIS);
  }

  /** Containers start in parallel once images are pulled; the task runs when the slowest is up. */
  public long containerStartMillis() {
    return containerDefinitions.stream().mapToLong(ContainerSpec::startTimeMillis).max().orElse(0);
  }
}
