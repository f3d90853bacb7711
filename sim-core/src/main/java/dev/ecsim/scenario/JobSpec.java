package dev.ecsim.scenario;

import dev.ecsim.workload.Distribution;
import java.util.List;
import java.util.Optional;

/**
 * A stream of standalone tasks (RunTask): when they arrive, how long each runs, and where. With a
 * launch type no capacity provider is involved (EC2: any instance of the cluster; FARGATE: Fargate
 * on demand); otherwise an empty capacity provider strategy means the cluster's default. An empty
 * placement strategy means RunTask's default (random, docs/ecs-behaviour.md §1.2 ecsim decision).
 */
public record JobSpec(
    String name,
    String taskDefinition,
    ArrivalSpec arrivals,
    Distribution duration,
    List<StrategyItem> capacityProviderStrategy,
    OnInterruption onInterruption,
    Optional<LaunchType> launchType,
    Optional<String> explicitGroup,
    List<PlacementStrategySpec> placementStrategy,
    List<PlacementConstraintSpec> placementConstraints) {

  public enum OnInterruption implements Spelled {
    RETRY, FAIL
  }

  /** The task group: the one given, else ECS's default for a standalone task, family:FAMILY. */
  public String group() {
    return groupFor(taskDefinition);
  }

  /** The task group of a task of {@code family}: the one given, else RunTask's default, family:FAMILY. */
  public String groupFor(String family) {
    return explicitGroup.orElse("family:" + family);
  }
}
