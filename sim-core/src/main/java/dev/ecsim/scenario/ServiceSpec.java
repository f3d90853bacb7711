package dev.ecsim.scenario;

import dev.ecsim.scaling.AutoScalingSpec;
import java.util.List;
import java.util.Optional;

/**
 * An ECS service (CreateService): keeps {@code desiredCount} tasks of its task definition running,
 * replaces any that stop, and rolls out scheduled task definition changes within its deployment
 * configuration. An empty capacity provider strategy and no launch type means the cluster's
 * default; an empty placement strategy means a service's default (spread over Availability Zones,
 * then instances; docs/ecs-behaviour.md §1.2).
 *
 * @param deployments task definition changes at given times, in time order
 * @param load the requests offered to the service and what a task serves; without it a task uses
 *     all it reserves
 * @param autoScaling Application Auto Scaling of its desired count
 */
public record ServiceSpec(
    String name,
    String taskDefinition,
    SchedulingStrategy schedulingStrategy,
    int desiredCount,
    List<StrategyItem> capacityProviderStrategy,
    Optional<LaunchType> launchType,
    List<PlacementStrategySpec> placementStrategy,
    List<PlacementConstraintSpec> placementConstraints,
    DeploymentConfiguration deploymentConfiguration,
    List<Deployment> deployments,
    Optional<LoadSpec> load,
    Optional<AutoScalingSpec> autoScaling) {

  public enum SchedulingStrategy implements Spelled {
    REPLICA, DAEMON
  }

  /** The task group of every task of the service (ECS DG: task-groups). */
  public String group() {
    return "service:" + name;
  }

  /**
   * CreateService's deploymentConfiguration (docs/ecs-behaviour.md §7.2, §7.3): defaults 100 / 200
   * for REPLICA, 0 / 100 for DAEMON; the circuit breaker is off unless enabled.
   */
  public record DeploymentConfiguration(
      int minimumHealthyPercent,
      int maximumPercent,
      boolean circuitBreakerEnabled,
      boolean rollback) {}

  /** At {@code atMillis} the service is updated to {@code taskDefinition} (UpdateService). */
  public record Deployment(long atMillis, String taskDefinition) {}
}
