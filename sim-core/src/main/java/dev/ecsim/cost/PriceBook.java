package dev.ecsim.cost;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.catalog.FargateCatalog;
import dev.ecsim.catalog.FargateRates;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import dev.ecsim.scenario.PricingSpec;
import dev.ecsim.scenario.PricingSpec.Ec2PriceOverride;
import dev.ecsim.scenario.PricingSpec.FargateRateOverride;
import dev.ecsim.scenario.SpotSpec;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Hourly prices for one run: the region's bundled catalogs with the scenario's {@code pricing:}
 * changes applied. The discount is taken off on-demand EC2 and Fargate only; spot prices are
 * market prices that Savings Plans and similar discounts do not cover (docs/modelling.md, Prices).
 */
public final class PriceBook {
  private final PricingSpec pricing;
  private final FargateCatalog fargate;
  private final FargateRates x86;
  private final FargateRates arm;
  private final FargateRates spot;
  private final double storageGbHourUsd;

  private PriceBook(PricingSpec pricing, FargateCatalog fargate) {
    this.pricing = pricing;
    this.fargate = fargate;
    PricingSpec.FargatePriceOverride o = pricing.fargate();
    this.x86 = apply(fargate.onDemand(Architecture.X86_64), o.x86_64());
    this.arm = apply(fargate.onDemand(Architecture.ARM64), o.arm64());
    this.spot = apply(fargate.spot(), o.spot());
    this.storageGbHourUsd = o.ephemeralStorageGbHourUsd().orElse(fargate.ephemeralStorageGbHourUsd());
  }

  /** The bundled catalogs of {@code region} with the scenario's overrides. */
  public static PriceBook of(String region, PricingSpec pricing) {
    Objects.requireNonNull(pricing, "pricing");
    // EC2 list prices travel with each InstanceType, so only the Fargate catalog is loaded here;
    // both catalogs are bundled for the same regions.
    return new PriceBook(pricing, FargateCatalog.bundled(region));
  }

  /**
   * USD per hour for one instance. On-demand: the list price (the scenario's, else the catalog's)
   * less the discount. Spot: the list price before any discount times the spot price ratio, which is
   * the capacity provider's when given, else the scenario's for the type, else the catalog's.
   */
  public double ec2UsdPerHour(InstanceType type, PurchaseOption option, OptionalDouble providerSpotPriceRatio) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(providerSpotPriceRatio, "providerSpotPriceRatio");
    Ec2PriceOverride override = pricing.ec2().getOrDefault(type.name(), Ec2PriceOverride.NONE);
    double listPrice = override.onDemandUsdPerHour().orElse(type.onDemandUsdPerHour());
    return switch (option) {
      case ON_DEMAND -> discounted(listPrice);
      case SPOT -> listPrice * spotPriceRatio(type, override, providerSpotPriceRatio);
    };
  }

  /**
   * One instance's prices over the run. Spot with a {@code priceHistory}: the history's steps for
   * the type, as given (market prices: no discount, no override, no ratio). Otherwise the one
   * price of {@link #ec2UsdPerHour} all run long.
   */
  public PriceSchedule ec2Prices(InstanceType type, PurchaseOption option, SpotSpec spot) {
    Objects.requireNonNull(spot, "spot");
    if (option == PurchaseOption.SPOT && spot.priceHistory().isPresent()) {
      return new PriceSchedule(spot.priceHistory().get().changes(type.name()).stream()
          .map(c -> new PriceSchedule.Step(c.atMillis(), c.usdPerHour())).toList());
    }
    return PriceSchedule.constant(ec2UsdPerHour(type, option, spot.priceRatio()));
  }

  /**
   * USD per hour for one Fargate task of the requested size: vCPU × vCPU-hour rate + GB × GB-hour
   * rate (GB = 1,024 MiB) + GB of ephemeral storage above the included 20 × storage rate
   * (docs/ecs-behaviour.md §3.2). Fargate Spot runs x86_64 tasks only (§3.4): spot on ARM64 is
   * refused, as the scenario validator refuses it first. The discount applies to on-demand only.
   */
  public double fargateUsdPerHour(int cpuUnits, int memoryMiB, int ephemeralStorageGiB, Architecture arch,
      boolean spot) {
    Objects.requireNonNull(arch, "arch");
    if (!fargate.isValidSize(cpuUnits, memoryMiB)) {
      throw new IllegalArgumentException("cpu " + cpuUnits + " with memory " + memoryMiB
          + " MiB is not a Fargate task size; valid memory for this cpu: "
          + (fargate.validMemoryMiB(cpuUnits).isEmpty() ? "none (valid cpu: " + fargate.validCpuUnits() + ")"
              : fargate.validMemoryMiB(cpuUnits) + " MiB"));
    }
    if (!fargate.isValidEphemeralStorage(ephemeralStorageGiB)) {
      throw new IllegalArgumentException("ephemeral storage " + ephemeralStorageGiB + " GiB is out of range; valid: "
          + fargate.minEphemeralStorageGiB() + " to " + fargate.maxEphemeralStorageGiB());
    }
    if (spot && arch != Architecture.X86_64) {
      throw new IllegalArgumentException("Fargate Spot runs x86_64 tasks only, not " + arch);
    }
    FargateRates rates = spot ? this.spot : arch == Architecture.ARM64 ? arm : x86;
    int extraStorageGiB = Math.max(0, ephemeralStorageGiB - fargate.includedEphemeralStorageGiB());
    double usd = rates.usdPerHour(cpuUnits, memoryMiB) + extraStorageGiB * storageGbHourUsd;
    return spot ? usd : discounted(usd);
  }

  public double discountPercent() {
    return pricing.discountPercent();
  }

  private double discounted(double usd) {
    return usd * (1 - pricing.discountPercent() / 100);
  }

  private static double spotPriceRatio(InstanceType type, Ec2PriceOverride override, OptionalDouble provider) {
    if (provider.isPresent()) {
      double r = provider.getAsDouble();
      if (!(r > 0 && r <= 1)) {
        throw new IllegalArgumentException("spot price ratio " + r + " must be in (0, 1]");
      }
      return r;
    }
    return override.spotPriceRatio().orElse(type.spotPriceRatio());
  }

  private static FargateRates apply(FargateRates catalog, FargateRateOverride override) {
    return new FargateRates(override.vcpuHourUsd().orElse(catalog.vcpuHourUsd()),
        override.gbHourUsd().orElse(catalog.gbHourUsd()));
  }
}
