package dev.ecsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The scenario's {@code pricing:} section: changes to the bundled catalogs' prices. Absent fields
 * keep the catalog's figure. {@code ec2} keeps the file's order and is keyed by instance type name.
 *
 * @param discountPercent 0 to 100, taken off on-demand EC2 and Fargate prices (not spot: Savings
 *     Plans and similar discounts cover on-demand use only; docs/modelling.md)
 */
public record PricingSpec(
    double discountPercent,
    Map<String, Ec2PriceOverride> ec2,
    FargatePriceOverride fargate) {

  public PricingSpec {
    if (!(discountPercent >= 0 && discountPercent <= 100)) {
      throw new IllegalArgumentException("discountPercent " + discountPercent + " must be from 0 to 100");
    }
    ec2 = Collections.unmodifiableMap(new LinkedHashMap<>(ec2));
  }

  /** No changes: the bundled catalog prices, no discount. */
  public static PricingSpec none() {
    return new PricingSpec(0, Map.of(), FargatePriceOverride.NONE);
  }

  /**
   * One instance type's prices.
   *
   * @param onDemandUsdPerHour the list price instead of the catalog's, above 0
   * @param spotPriceRatio spot price / on-demand list price, in (0, 1]
   */
  public record Ec2PriceOverride(OptionalDouble onDemandUsdPerHour, OptionalDouble spotPriceRatio) {
    public static final Ec2PriceOverride NONE = new Ec2PriceOverride(OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** Fargate rates: on-demand Linux per architecture, Fargate Spot (x86_64 only), storage above 20 GiB. */
  public record FargatePriceOverride(
      FargateRateOverride x86_64,
      FargateRateOverride arm64,
      FargateRateOverride spot,
      OptionalDouble ephemeralStorageGbHourUsd) {

    public static final FargatePriceOverride NONE = new FargatePriceOverride(
        FargateRateOverride.NONE, FargateRateOverride.NONE, FargateRateOverride.NONE, OptionalDouble.empty());
  }

  /** Either rate may be given alone; the other keeps the catalog's. */
  public record FargateRateOverride(OptionalDouble vcpuHourUsd, OptionalDouble gbHourUsd) {
    public static final FargateRateOverride NONE =
        new FargateRateOverride(OptionalDouble.empty(), OptionalDouble.empty());
  }
}
