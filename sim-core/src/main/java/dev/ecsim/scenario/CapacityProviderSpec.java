package dev.ecsim.scenario;

import dev.ecsim.workload.Distribution;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A capacity provider: an Auto Scaling group ({@code ec2}) or one of the built-in {@code FARGATE}
 * and {@code FARGATE_SPOT}. Instance types are in the order of the group's overrides. Fields that
 * only concern one kind keep their defaults on the other.
 *
 * @param bootTime EC2: launch to agent registration (docs/ecs-behaviour.md §2.3, ecsim decision 9)
 * @param provisioningTime Fargate: task created to image pull start, capacity and ENI (§2.2)
 * @param imagePullMiBPerSecond EC2: pull speed on a cache miss; Fargate: pull speed at 1 vCPU
 * @param managedTerminationProtection scale-in may take only empty instances (ECS API: AutoScalingGroupProvider)
 * @param managedDraining ECS drains an instance the group terminates before it goes (§4.4, §5.4)
 * @param spot spot settings: price ratio and interruption process; {@link SpotSpec#NONE} when not spot
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
    Map<String, String> attributes,
    Optional<ManagedScalingSpec> managedScaling,
    boolean managedTerminationProtection,
    boolean managedDraining,
    Distribution bootTime,
    Distribution provisioningTime,
    ImagePullBehavior imagePullBehavior,
    SpotSpec spot) {

  /** The names ECS gives its built-in Fargate capacity providers. */
  public static final String FARGATE = "FARGATE";
  public static final String FARGATE_SPOT = "FARGATE_SPOT";

  public enum ProviderType implements Spelled {
    EC2, FARGATE, FARGATE_SPOT
  }

  public enum PurchaseOption implements Spelled {
    ON_DEMAND, SPOT
  }

  /** The agent's ECS_IMAGE_PULL_BEHAVIOR (docs/ecs-behaviour.md §2.4). */
  public enum ImagePullBehavior implements Spelled {
    DEFAULT, ALWAYS, ONCE, PREFER_CACHED
  }

  public boolean isFargate() {
    return type != ProviderType.EC2;
  }

  /** FARGATE_SPOT is bought as spot; an ASG by its purchase option; FARGATE on demand. */
  public PurchaseOption effectivePurchaseOption() {
    return type == ProviderType.FARGATE_SPOT ? PurchaseOption.SPOT
        : type == ProviderType.FARGATE ? PurchaseOption.ON_DEMAND : purchaseOption;
  }

  /** Managed scaling (cluster auto scaling) settings; empty when DISABLED. */
  public record ManagedScalingSpec(
      int targetCapacity,
      int minimumScalingStepSize,
      int maximumScalingStepSize,
      long instanceWarmupMillis) {}
}
