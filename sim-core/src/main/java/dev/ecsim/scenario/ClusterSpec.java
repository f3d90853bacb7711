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

  /**
   * The same cluster with the built-in FARGATE / FARGATE_SPOT providers added where a strategy
   * names them without the scenario declaring them (every ECS cluster has both).
   */
  ClusterSpec withBuiltInsNamed(List<String> referenced) {
    List<CapacityProviderSpec> providers = new java.util.ArrayList<>(capacityProviders);
    for (String name : List.of(CapacityProviderSpec.FARGATE, CapacityProviderSpec.FARGATE_SPOT)) {
      if (referenced.contains(name) && capacityProvider(name).isEmpty()) {
        providers.add(ClusterReader.builtInFargate(name));
      }
    }
    return new ClusterSpec(availabilityZones, List.copyOf(providers), defaultCapacityProviderStrategy, awsvpcTrunking);
  }
}
