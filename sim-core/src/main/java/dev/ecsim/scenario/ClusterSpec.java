package dev.ecsim.scenario;

import java.util.List;
import java.util.Optional;

/** The cluster: its Availability Zones, capacity providers and default strategy. */
public record ClusterSpec(
    List<String> availabilityZones,
    List<CapacityProviderSpec> capacityProviders,
    List<StrategyItem> defaultCapacityProviderStrategy,
    boolean awsvpcTrunking) {

  public Optional<CapacityProviderSpec> capacityProvider(String name) {
    return capacityProviders.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
