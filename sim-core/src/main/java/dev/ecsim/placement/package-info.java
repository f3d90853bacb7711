/**
 * The ECS task placement pipeline as pure functions over the cluster as it stands (ECS DG:
 * task-placement): ACTIVE candidates, the resource filter, constraints, then the strategy rules
 * (binpack, spread, random) each breaking the ties of the one before, with index fast paths that
 * give the full pass's answer; and the choice of which task a service stops on scale-in. A
 * decision can explain itself (placements.jsonl).
 *
 * <p>May depend on: cluster, query and scenario (strategy and constraint records); Commons Math
 * for the random strategy's draws. It schedules nothing and changes nothing: the caller reserves
 * what it decides.
 */
package dev.ecsim.placement;
