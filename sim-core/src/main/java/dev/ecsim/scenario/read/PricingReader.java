package dev.ecsim.scenario.read;

import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.scenario.PricingSpec.Ec2PriceOverride;
import dev.ecsim.scenario.PricingSpec.FargatePriceOverride;
import dev.ecsim.scenario.PricingSpec.FargateRateOverride;
import dev.ecsim.scenario.PricingSpec;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.NumericField;
import dev.ecsim.scenario.yaml.ReadContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Reads {@code pricing:}, reporting each bad value at its line with what would be valid. Instance
 * type names are checked against the region's catalog separately ({@link #checkInstanceTypes}),
 * once the catalog is known.
 */
final class PricingReader {
  static final List<String> FIELDS = List.of("discountPercent", "ec2", "fargate");
  static final List<String> EC2_FIELDS = List.of("onDemandUsdPerHour", "spotPriceRatio");
  static final List<String> FARGATE_FIELDS = List.of("x86_64", "arm64", "spot", "ephemeralStorageGbHourUsd");
  static final List<String> RATE_FIELDS = List.of("vcpuHourUsd", "gbHourUsd");

  private PricingReader() {}

  /** The section, or {@link PricingSpec#none()} when it is absent. */
  static PricingSpec read(Node node) {
    if (!node.present()) {
      return PricingSpec.none();
    }
    Mapping m = node.mapping(FIELDS);
    double discount = m.field("discountPercent").number(NumericFields.DISCOUNT_PERCENT).orElse(0.0);
    Map<String, Ec2PriceOverride> ec2 = ec2(m.field("ec2"));
    FargatePriceOverride fargate = fargate(m.field("fargate"));
    return new PricingSpec(discount, ec2, fargate);
  }

  /** Every type named under {@code pricing.ec2} must be in the catalog; close matches are suggested. */
  static void checkInstanceTypes(PricingSpec pricing, InstanceCatalog catalog, ReadContext ctx) {
    for (String type : pricing.ec2().keySet()) {
      if (catalog.find(type).isEmpty()) {
        List<String> close = catalog.closeMatches(type, 3);
        ctx.errorAtKey("pricing.ec2." + type, "unknown instance type '" + type + "' in the " + catalog.region()
            + " catalog" + (close.isEmpty() ? "" : "; did you mean " + Names.quoted(close) + "?")
            + " (ecsim catalog ec2 lists them all)");
      }
    }
  }

  private static Map<String, Ec2PriceOverride> ec2(Node node) {
    Map<String, Ec2PriceOverride> out = new LinkedHashMap<>();
    if (!node.present()) {
      return out;
    }
    if (!node.isMapping()) {
      node.error("expected a mapping of instance type names to prices, e.g. {m6i.large: {spotPriceRatio: 0.35}}, found "
          + node.describe());
      return out;
    }
    for (String type : node.keys()) {
      Node entry = node.child(type);
      Mapping m = entry.mapping(EC2_FIELDS);
      if (!entry.isMapping()) {
        continue;
      }
      OptionalDouble onDemand = number(m.field("onDemandUsdPerHour"), NumericFields.ON_DEMAND_USD_PER_HOUR);
      OptionalDouble ratio = number(m.field("spotPriceRatio"), NumericFields.SPOT_PRICE_RATIO);
      if (!m.has("onDemandUsdPerHour") && !m.has("spotPriceRatio")) {
        entry.error("give onDemandUsdPerHour, spotPriceRatio or both");
      }
      out.put(type, new Ec2PriceOverride(onDemand, ratio));
    }
    return out;
  }

  private static FargatePriceOverride fargate(Node node) {
    if (!node.present()) {
      return FargatePriceOverride.NONE;
    }
    Mapping m = node.mapping(FARGATE_FIELDS);
    return new FargatePriceOverride(rates(m.field("x86_64")), rates(m.field("arm64")), rates(m.field("spot")),
        number(m.field("ephemeralStorageGbHourUsd"), NumericFields.EPHEMERAL_STORAGE_GB_HOUR_USD));
  }

  private static FargateRateOverride rates(Node node) {
    if (!node.present()) {
      return FargateRateOverride.NONE;
    }
    Mapping m = node.mapping(RATE_FIELDS);
    return new FargateRateOverride(number(m.field("vcpuHourUsd"), NumericFields.VCPU_HOUR_USD),
        number(m.field("gbHourUsd"), NumericFields.GB_HOUR_USD));
  }

  private static OptionalDouble number(Node node, NumericField field) {
    return node.number(field).map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
