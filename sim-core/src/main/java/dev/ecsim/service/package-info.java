/**
 * The schedulers that put work on the cluster: standalone tasks (jobs) waiting for placement and
 * running their lifecycle, REPLICA services with rolling updates and their CloudWatch side and
 * auto scaling, DAEMON services, Fargate launches, managed draining on scale-in and spot
 * interruptions (docs/ecs-behaviour.md §1, §7). This is where the engine, placement, capacity,
 * scaling and the cluster meet.
 *
 * <p>May depend on: every model package below it (engine, catalog, workload, query, scaling,
 * scenario, metrics, cluster, cost, placement, capacity). Only run depends on it.
 */
package dev.ecsim.service;
