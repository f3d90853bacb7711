package dev.ecsim.scenario;

/** An enum constant with its spelling in the scenario file (ECS's own spelling where it has one). */
public interface Spelled {
  String spelling();
}
