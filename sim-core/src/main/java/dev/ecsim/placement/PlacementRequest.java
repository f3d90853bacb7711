package dev.ecsim.placement;

import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.List;
import java.util.Objects;

/**
 * One task to place: what it needs, its hard constraints and its strategy rules in order. The rules
 * are typed once here ({@link #rules}), so no decision reads a field name; a request is a value,
 * equal to another with the same requirements, constraints and strategy.
 */
public final class PlacementRequest {
  private final TaskRequirements requirements;
  private final List<PlacementConstraintSpec> constraints;
  private final List<PlacementStrategySpec> strategy;
  private final List<StrategyRule> rules;

  public PlacementRequest(TaskRequirements requirements, List<PlacementConstraintSpec> constraints,
      List<PlacementStrategySpec> strategy) {
    this.requirements = Objects.requireNonNull(requirements);
    this.constraints = Objects.requireNonNull(constraints);
    this.strategy = Objects.requireNonNull(strategy);
    this.rules = StrategyRule.of(strategy);
  }

  public TaskRequirements requirements() {
    return requirements;
  }

  public List<PlacementConstraintSpec> constraints() {
    return constraints;
  }

  /** The strategy as the scenario spells it. */
  public List<PlacementStrategySpec> strategy() {
    return strategy;
  }

  /** The same strategy, typed: what placement reads. */
  public List<StrategyRule> rules() {
    return rules;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlacementRequest r && requirements.equals(r.requirements)
        && constraints.equals(r.constraints) && strategy.equals(r.strategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requirements, constraints, strategy);
  }

  @Override
  public String toString() {
    return "PlacementRequest[requirements=" + requirements + ", constraints=" + constraints + ", strategy="
        + strategy + "]";
  }
}
