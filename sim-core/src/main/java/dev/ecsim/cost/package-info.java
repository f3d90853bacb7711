/**
 * The bill: EC2 per-second billing with the one-minute minimum and the spot interruption rule,
 * the Fargate meter, price books (bundled prices with the scenario's {@code pricing:} changes,
 * spot price histories) and the allocation of instance cost to the tasks that reserved it
 * (docs/ecs-behaviour.md §3.2, §4.2).
 *
 * <p>May depend on: catalog, cluster (the instances and tasks billed) and scenario (pricing and
 * purchase option records).
 */
package dev.ecsim.cost;
