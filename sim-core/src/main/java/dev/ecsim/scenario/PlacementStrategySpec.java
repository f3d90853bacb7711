package dev.ecsim.scenario;

import java.util.Optional;

/**
 * One rule of a placement strategy (ECS PlacementStrategy): {@code binpack} on cpu or memory,
 * {@code spread} on instanceId/host or an attribute, or {@code random}.
 */
public record PlacementStrategySpec(Type type, Optional<String> field) {

  public enum Type implements Spelled {
    BINPACK, SPREAD, RANDOM
  }

  public static PlacementStrategySpec binpack(String field) {
    return new PlacementStrategySpec(Type.BINPACK, Optional.of(field));
  }

  public static PlacementStrategySpec spread(String field) {
    return new PlacementStrategySpec(Type.SPREAD, Optional.of(field));
  }

  public static PlacementStrategySpec random() {
    return new PlacementStrategySpec(Type.RANDOM, Optional.empty());
  }

  /** As ECS writes it: {@code spread(attribute:ecs.availability-zone)}. */
  public String describe() {
    return type.spelling() + field.map(f -> "(" + f + ")").orElse("");
  }
}
