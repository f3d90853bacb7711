package dev.ecsim.scenario;

import java.util.List;
import java.util.Map;

/**
 * An Auto Scaling group capacity provider. Instance types are in the order of the group's
 * overrides; the on-demand "prioritized" allocation launches the first one.
 */
public record CapacityProviderSpec(
    String name,
    ProviderType type,
    List<String> instanceTypes,
    PurchaseOption purchaseOption,
    int minSize,
    int maxSize,
    int desiredSize,
    double registeredMemoryFraction,
    double imagePullMiBPerSecond,
    Map<String, String> attributes) {

  public enum ProviderType implements Spelled {
    EC2, FARGATE, FARGATE_SPOT
  }

  public enum PurchaseOption implements Spelled {
    ON_DEMAND, SPOT
  }
}
