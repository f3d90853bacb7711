package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.catalog.FargateCatalog;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import dev.ecsim.scenario.PricingSpec;
import dev.ecsim.scenario.PricingSpec.FargatePriceOverride;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the price book over the bundled catalogs and any discount. */
class PriceBookProperties {
  private static final FargateCatalog FARGATE = FargateCatalog.bundled("us-east-1");

  @Provide
  Arbitrary<InstanceType> bundledTypes() {
    return Arbitraries.of(InstanceCatalog.bundled("us-east-1").all());
  }

  /** Every valid Fargate size as {cpu, memory}. */
  @Provide
  Arbitrary<int[]> fargateSizes() {
    List<int[]> sizes = FARGATE.validCpuUnits().stream()
        .flatMap(cpu -> FARGATE.validMemoryMiB(cpu).stream().map(mib -> new int[] {cpu, mib}))
        .toList();
    return Arbitraries.of(sizes);
  }

  @Property
  void ec2PricesArePositiveSpotIsCheaperAndTheDiscountNeverRaisesThem(
      @ForAll("bundledTypes") InstanceType type, @ForAll @DoubleRange(min = 0, max = 100) double discount) {
    PriceBook book = PriceBook.of("us-east-1", new PricingSpec(discount, Map.of(), FargatePriceOverride.NONE));
    double onDemand = book.ec2UsdPerHour(type, PurchaseOption.ON_DEMAND, OptionalDouble.empty());
    double spot = book.ec2UsdPerHour(type, PurchaseOption.SPOT, OptionalDouble.empty());
    assertThat(onDemand).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(type.onDemandUsdPerHour());
    assertThat(spot).isPositive().isLessThan(type.onDemandUsdPerHour());
  }

  @Property
  void fargatePricesArePositiveAndGrowWithStorage(
      @ForAll("fargateSizes") int[] size, @ForAll @IntRange(min = 20, max = 199) int storage,
      @ForAll Architecture arch) {
    PriceBook book = PriceBook.of("us-east-1", PricingSpec.none());
    double price = book.fargateUsdPerHour(size[0], size[1], storage, arch, false);
    assertThat(price).isPositive();
    assertThat(book.fargateUsdPerHour(size[0], size[1], storage + 1, arch, false)).isGreaterThan(price);
    // Fargate Spot (x86 only) is cheaper than on-demand x86 at every size
    assertThat(book.fargateUsdPerHour(size[0], size[1], storage, Architecture.X86_64, true))
        .isLessThan(book.fargateUsdPerHour(size[0], size[1], storage, Architecture.X86_64, false));
  }
}
