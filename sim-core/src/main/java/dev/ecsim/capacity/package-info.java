/**
 * Where instances and Fargate capacity come from: the Auto Scaling group behind an {@code ec2}
 * capacity provider (launch, AZ balance, boot, termination policy), FARGATE and FARGATE_SPOT,
 * cluster auto scaling (the CapacityProviderReservation metric, scale-out estimate, scale-in), the
 * capacity provider strategy, and when spot capacity is interrupted (docs/ecs-behaviour.md §2, §3,
 * §4, §5).
 *
 * <p>May depend on: engine, catalog, workload, scenario, cluster, cost and metrics. Not on
 * placement or services: what to do with the tasks of an instance that leaves is handed in (see
 * {@link dev.ecsim.capacity.ScaleInRemoval}).
 */
package dev.ecsim.capacity;
