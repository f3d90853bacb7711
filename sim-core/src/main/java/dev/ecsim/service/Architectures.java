package dev.ecsim.service;

import dev.ecsim.query.QueryParser;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.TaskDefinitionSpec;
import java.util.List;

/**
 * A task definition's runtimePlatform architecture keeps its EC2 tasks to instances of that
 * architecture, as ECS matches it against the instance attribute ecs.cpu-architecture.
 */
final class Architectures {
  private Architectures() {}

  /** The implicit constraint, or none when the definition names no architecture. */
  static List<PlacementConstraintSpec> constraint(TaskDefinitionSpec def) {
    return def.cpuArchitecture().map(a -> {
      String expression = "attribute:ecs.cpu-architecture == " + a.ecsName();
      return List.<PlacementConstraintSpec>of(new PlacementConstraintSpec.MemberOf(expression,
          QueryParser.parse(expression)));
    }).orElse(List.of());
  }
}
