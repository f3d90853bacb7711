package dev.ecsim.placement;

import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.List;

/** One task to place: what it needs, its hard constraints and its strategy rules in order. */
public record PlacementRequest(
    TaskRequirements requirements,
    List<PlacementConstraintSpec> constraints,
    List<PlacementStrategySpec> strategy) {}
