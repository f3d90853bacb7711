package dev.ecsim.capacity;

import dev.ecsim.catalog.InstanceType;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The instance types an Auto Scaling group capacity provider can launch, with what decides their
 * registered resources: the registered-memory fraction (docs/ecs-behaviour.md §1.6, ecsim decision
 * 8) and whether awsvpc trunking is on (§1.5). At least one type; duplicates are harmless.
 */
public record ProviderInstanceTypes(
    List<InstanceType> types, double registeredMemoryFraction, boolean awsvpcTrunking) {

  public ProviderInstanceTypes {
    types = List.copyOf(Objects.requireNonNull(types, "types"));
    if (types.isEmpty()) {
      throw new IllegalArgumentException("a capacity provider needs at least one instance type");
    }
    if (!(registeredMemoryFraction > 0 && registeredMemoryFraction <= 1)) {
      throw new IllegalArgumentException(
          "registeredMemoryFraction " + registeredMemoryFraction + " must be in (0, 1]");
    }
  }

  public static ProviderInstanceTypes of(InstanceType... types) {
    return new ProviderInstanceTypes(
        List.of(types), InstanceType.DEFAULT_REGISTERED_MEMORY_FRACTION, false);
  }

  public InstanceType smallest() {
    return types.stream().min(bySize(awsvpcTrunking)).orElseThrow();
  }

  public InstanceType largest() {
    return types.stream().max(bySize(awsvpcTrunking)).orElseThrow();
  }

  /** An instance of {@code type} with nothing on it yet, for packing. */
  PackedInstance emptyInstance(InstanceType type) {
    return new PackedInstance(type.registeredCpuUnits(),
        type.registeredMemoryMiB(registeredMemoryFraction), type.awsvpcTaskLimit(awsvpcTrunking));
  }

  /**
   * Size order for picking the smallest and largest type (docs/ecs-behaviour.md §5.3 step 2): vCPU,
   * then memory, then ENI slots; ecsim choice: the name last, so equal-sized types order the same
   * way in every run. Ports and GPUs, which §5.3 also lists, are the same for every type ecsim
   * knows (100 static ports) or not modelled (GPUs).
   */
  private static Comparator<InstanceType> bySize(boolean trunking) {
    return Comparator.comparingInt(InstanceType::vcpu)
        .thenComparingInt(InstanceType::memoryMiB)
        .thenComparingInt((InstanceType t) -> t.awsvpcTaskLimit(trunking))
        .thenComparing(InstanceType::name);
  }
}
