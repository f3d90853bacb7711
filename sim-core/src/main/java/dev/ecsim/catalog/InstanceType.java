package dev.ecsim.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One EC2 instance type as the catalogue of docs/ecs-behaviour.md §4.1 lists it: nominal size,
 * on-demand Linux price and ENI limits. Registered (schedulable) resources are derived, never
 * stored.
 *
 * @param trunkedEnis the awsvpc task limit with ENI trunking; present exactly when {@code trunking}
 *     is {@link Trunking#SUPPORTED}
 * @param confirmed false where docs/ecs-behaviour.md §4.1 marks the figures UNCONFIRMED (‡, m7i)
 * @param spotPriceRatio the default spot price as a fraction of the on-demand price, in (0, 1]:
 *     from the seen spot prices of docs/ecs-behaviour.md §4.3 where it gives them, else an ecsim
 * assumption
 *     (docs/modelling.md, "Prices")
 */
public record InstanceType(
    String name,
    int vcpu,
    int memoryMiB,
    Architecture architecture,
    double onDemandUsdPerHour,
    int maxEnis,
    Trunking trunking,
    OptionalInt trunkedEnis,
    int gpus,
    boolean burstable,
    boolean confirmed,
    double spotPriceRatio) {

  /**
   * ecsim decision (docs/ecs-behaviour.md §1.6): registered memory = nominal × 0.98, seen 97.5–98.2
   * %.
   */
  public static final double DEFAULT_REGISTERED_MEMORY_FRACTION = 0.98;

  public InstanceType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(trunking, "trunking");
    Objects.requireNonNull(trunkedEnis, "trunkedEnis");
    if (!name.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
      throw new IllegalArgumentException(
          "name '" + name + "' is not an instance type name like m6i.large");
    }
    requirePositive("vcpu", vcpu);
    requirePositive("memoryMiB", memoryMiB);
    if (!(onDemandUsdPerHour > 0) || Double.isInfinite(onDemandUsdPerHour)) {
      throw new IllegalArgumentException(
          "onDemandUsdPerHour " + onDemandUsdPerHour + " must be a positive price");
    }
    // The primary ENI always exists and takes a slot, so fewer than 2 leaves no awsvpc task.
    if (maxEnis < 2) {
      throw new IllegalArgumentException("maxEnis " + maxEnis + " must be at least 2");
    }
    if (trunking == Trunking.SUPPORTED && trunkedEnis.isEmpty()) {
      throw new IllegalArgumentException("trunking supported needs a trunkedEnis count");
    }
    if (trunking != Trunking.SUPPORTED && trunkedEnis.isPresent()) {
      throw new IllegalArgumentException(
          "trunkedEnis " + trunkedEnis.getAsInt() + " given but trunking is " + trunking);
    }
    if (trunkedEnis.isPresent() && trunkedEnis.getAsInt() < maxEnis - 1) {
      throw new IllegalArgumentException(
          "trunkedEnis " + trunkedEnis.getAsInt()
              + " is below the untrunked limit " + (maxEnis - 1));
    }
    if (gpus < 0) {
      throw new IllegalArgumentException("gpus " + gpus + " must not be negative");
    }
    // A ratio above 1 would price spot above on-demand, which no seen price in
    // docs/ecs-behaviour.md §4.3 does.
    if (!(spotPriceRatio > 0 && spotPriceRatio <= 1)) {
      throw new IllegalArgumentException(
          "spotPriceRatio " + spotPriceRatio + " must be in (0, 1]");
    }
  }

  /**
   * The instance registers vCPU × 1,024 CPU units, with no reserve (docs/ecs-behaviour.md §1.6, ECS
   * DG).
   */
  public int registeredCpuUnits() {
    return vcpu * 1024;
  }

  /**
   * Memory the agent registers: floor(nominal MiB × fraction), see {@link
   * #DEFAULT_REGISTERED_MEMORY_FRACTION}.
   */
  public int registeredMemoryMiB(double registeredMemoryFraction) {
    if (!(registeredMemoryFraction > 0 && registeredMemoryFraction <= 1)) {
      throw new IllegalArgumentException(
          "registeredMemoryFraction " + registeredMemoryFraction + " must be in (0, 1]");
    }
    // Decimal arithmetic, so 0.98 means 0.98: a binary double product can land a hair under a
    // whole number and floor one MiB too low.
    return BigDecimal.valueOf(memoryMiB)
        .multiply(BigDecimal.valueOf(registeredMemoryFraction))
        .setScale(0, RoundingMode.FLOOR)
        .intValueExact();
  }

  /**
   * How many awsvpc tasks fit: one ENI each, the primary ENI takes a slot
   * (docs/ecs-behaviour.md §1.5). With trunking enabled only a type with a known trunk count gets
   * it; others keep maxEnis − 1.
   */
  public int awsvpcTaskLimit(boolean trunkingEnabled) {
    if (trunkingEnabled && trunking == Trunking.SUPPORTED) {
      return trunkedEnis.getAsInt();
    }
    return maxEnis - 1;
  }

  /** "m6i" of "m6i.large". */
  public String family() {
    return name.substring(0, name.indexOf('.'));
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " " + value + " must be positive");
    }
  }
}
