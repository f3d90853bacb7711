package dev.ecsim.scenario;

/** One item of a capacity provider strategy (ECS CapacityProviderStrategyItem). */
public record StrategyItem(String capacityProvider, int base, int weight) {}
