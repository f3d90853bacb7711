/**
 * The cluster as ECS sees it: container instances with what they registered and what remains,
 * tasks and their lifecycle, host ports, image caches, and the per-provider pools and indexes
 * placement searches. {@link dev.ecsim.cluster.Cluster} is the single place where resources are
 * reserved and released, and keeps the running totals behind the cluster metrics.
 *
 * <p>May depend on: catalog (instance types), scenario (task definition and port records), query
 * (an instance answers cluster queries) and metrics (task records, time integrals, the event
 * log). Not on placement, capacity or services, which act on it.
 */
package dev.ecsim.cluster;
