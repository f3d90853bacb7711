package dev.ecsim.scenario;

import dev.ecsim.query.QueryExpression;

/** A placement constraint (ECS PlacementConstraint): hard, a task never lands where it fails. */
public sealed interface PlacementConstraintSpec {

  /** Each task of the group on a different container instance. */
  record DistinctInstance() implements PlacementConstraintSpec {}

  /** Only instances matching a cluster query language expression. */
  record MemberOf(String expression, QueryExpression query) implements PlacementConstraintSpec {}
}
