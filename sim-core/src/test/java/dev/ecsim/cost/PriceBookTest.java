package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.catalog.Architecture;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.catalog.InstanceType;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import dev.ecsim.scenario.PricingSpec;
import dev.ecsim.scenario.PricingSpec.Ec2PriceOverride;
import dev.ecsim.scenario.PricingSpec.FargatePriceOverride;
import dev.ecsim.scenario.PricingSpec.FargateRateOverride;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Hourly prices worked out by hand from docs/ecs-behaviour.md §3.2 (Fargate) and §4.1/§4.3 (EC2).
 */
class PriceBookTest {
  private static final double EXACT = 1e-12;
  private static final InstanceCatalog EC2 = InstanceCatalog.bundled("us-east-1");
  private static final InstanceType M5_LARGE = EC2.find("m5.large").orElseThrow();
  private static final InstanceType M6I_LARGE = EC2.find("m6i.large").orElseThrow();
  private static final PriceBook LIST = PriceBook.of("us-east-1", PricingSpec.none());
  private static final OptionalDouble NO_RATIO = OptionalDouble.empty();
  private static final Architecture X86 = Architecture.X86_64;
  private static final Architecture ARM = Architecture.ARM64;

  @Test
  void fargateOnDemandIsVcpuTimesRatePlusGbTimesRate() {
    // 1 vCPU / 2 GB x86: 0.04048 + 2 x 0.004445 = 0.04937
    assertThat(LIST.fargateUsdPerHour(1024, 2048, 20, X86, false)).isCloseTo(0.04937, within(EXACT));
    // the same on arm64: 0.03238 + 2 x 0.00356 = 0.0395
    assertThat(LIST.fargateUsdPerHour(1024, 2048, 20, ARM, false)).isCloseTo(0.0395, within(EXACT));
    // 0.25 vCPU / 0.5 GB x86: 0.25 x 0.04048 + 0.5 x 0.004445 = 0.01012 + 0.0022225 = 0.0123425
    assertThat(LIST.fargateUsdPerHour(256, 512, 20, X86, false)).isCloseTo(0.0123425, within(EXACT));
    // 16 vCPU / 120 GB x86: 16 x 0.04048 + 120 x 0.004445 = 0.64768 + 0.5334 = 1.18108
    assertThat(LIST.fargateUsdPerHour(16384, 122880, 20, X86, false)).isCloseTo(1.18108, within(EXACT));
  }

  @Test
  void ephemeralStorageAboveTwentyGibIsCharged() {
    // 50 GiB adds (50 - 20) x 0.000111 = 0.00333: 0.04937 + 0.00333 = 0.0527
    assertThat(LIST.fargateUsdPerHour(1024, 2048, 50, X86, false)).isCloseTo(0.0527, within(EXACT));
    // 200 GiB adds 180 x 0.000111 = 0.01998: 0.04937 + 0.01998 = 0.06935
    assertThat(LIST.fargateUsdPerHour(1024, 2048, 200, X86, false)).isCloseTo(0.06935, within(EXACT));
  }

  @Test
  void fargateSpotUsesTheSeenSpotRates() {
    // 1 vCPU / 2 GB: 0.01334053 + 2 x 0.00146489 = 0.01627031
    assertThat(LIST.fargateUsdPerHour(1024, 2048, 20, X86, true)).isCloseTo(0.01627031, within(EXACT));
    // with 50 GiB storage: + 30 x 0.000111 = 0.01960031
    assertThat(LIST.fargateUsdPerHour(1024, 2048, 50, X86, true)).isCloseTo(0.01960031, within(EXACT));
  }

  @Test
  void fargateSpotOnArmIsRefused() {
    assertThatThrownBy(() -> LIST.fargateUsdPerHour(1024, 2048, 20, ARM, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fargate Spot runs x86_64 tasks only, not arm64");
  }

  @Test
  void anInvalidFargateSizeIsRefusedWithTheValidMemory() {
    assertThatThrownBy(() -> LIST.fargateUsdPerHour(1024, 1024, 20, X86, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cpu 1024 with memory 1024 MiB is not a Fargate task size")
        .hasMessageContaining("[2048, 3072, 4096, 5120, 6144, 7168, 8192] MiB");
    assertThatThrownBy(() -> LIST.fargateUsdPerHour(384, 1024, 20, X86, false))
        .hasMessageContaining("valid cpu: [256, 512, 1024, 2048, 4096, 8192, 16384]");
    assertThatThrownBy(() -> LIST.fargateUsdPerHour(1024, 2048, 201, X86, false))
        .hasMessage("ephemeral storage 201 GiB is out of range; valid: 20 to 200");
  }

  @Test
  void ec2OnDemandIsTheCatalogPrice() {
    assertThat(LIST.ec2UsdPerHour(M5_LARGE, PurchaseOption.ON_DEMAND, NO_RATIO)).isCloseTo(0.096, within(EXACT));
  }

  @Test
  void ec2SpotIsTheListPriceTimesTheRatio() {
    // provider's ratio first: m5.large 0.096 x 0.35 = 0.0336
    assertThat(LIST.ec2UsdPerHour(M5_LARGE, PurchaseOption.SPOT, OptionalDouble.of(0.35)))
        .isCloseTo(0.0336, within(EXACT));
    // else the catalog's: m5.large 0.096 x 0.40 = 0.0384; m6i.large 0.096 x 0.36 = 0.03456
    assertThat(LIST.ec2UsdPerHour(M5_LARGE, PurchaseOption.SPOT, NO_RATIO)).isCloseTo(0.0384, within(EXACT));
    assertThat(LIST.ec2UsdPerHour(M6I_LARGE, PurchaseOption.SPOT, NO_RATIO)).isCloseTo(0.03456, within(EXACT));
    assertThatThrownBy(() -> LIST.ec2UsdPerHour(M5_LARGE, PurchaseOption.SPOT, OptionalDouble.of(1.5)))
        .hasMessage("spot price ratio 1.5 must be in (0, 1]");
  }

  @Test
  void theDiscountAppliesToOnDemandOnly() {
    PriceBook book = PriceBook.of("us-east-1", new PricingSpec(20, Map.of(), FargatePriceOverride.NONE));
    assertThat(book.discountPercent()).isEqualTo(20);
    // m5.large: 0.096 x (1 - 0.20) = 0.0768
    assertThat(book.ec2UsdPerHour(M5_LARGE, PurchaseOption.ON_DEMAND, NO_RATIO)).isCloseTo(0.0768, within(EXACT));
    // spot keeps 0.096 x 0.40 = 0.0384: the ratio applies to the list price before the discount
    assertThat(book.ec2UsdPerHour(M5_LARGE, PurchaseOption.SPOT, NO_RATIO)).isCloseTo(0.0384, within(EXACT));
    // Fargate 1 vCPU / 2 GB x86: 0.04937 x 0.8 = 0.039496; Fargate Spot unchanged 0.01627031
    assertThat(book.fargateUsdPerHour(1024, 2048, 20, X86, false)).isCloseTo(0.039496, within(EXACT));
    assertThat(book.fargateUsdPerHour(1024, 2048, 20, X86, true)).isCloseTo(0.01627031, within(EXACT));
  }

  @Test
  void scenarioOverridesReplaceCatalogFigures() {
    PricingSpec pricing = new PricingSpec(25,
        Map.of("m5.large", new Ec2PriceOverride(OptionalDouble.of(0.08), OptionalDouble.of(0.5))),
        new FargatePriceOverride(
            new FargateRateOverride(OptionalDouble.of(0.05), OptionalDouble.empty()),
            FargateRateOverride.NONE,
            new FargateRateOverride(OptionalDouble.empty(), OptionalDouble.of(0.001)),
            OptionalDouble.of(0.0002)));
    PriceBook book = PriceBook.of("us-east-1", pricing);
    // on-demand: the scenario's list price 0.08 less 25 % = 0.06
    assertThat(book.ec2UsdPerHour(M5_LARGE, PurchaseOption.ON_DEMAND, NO_RATIO)).isCloseTo(0.06, within(EXACT));
    // spot: 0.08 x the scenario's ratio 0.5 = 0.04; the provider's ratio 0.3 wins: 0.08 x 0.3 = 0.024
    assertThat(book.ec2UsdPerHour(M5_LARGE, PurchaseOption.SPOT, NO_RATIO)).isCloseTo(0.04, within(EXACT));
    assertThat(book.ec2UsdPerHour(M5_LARGE, PurchaseOption.SPOT, OptionalDouble.of(0.3)))
        .isCloseTo(0.024, within(EXACT));
    // another type keeps its catalog figures: m6i.large 0.096 x 0.75 = 0.072
    assertThat(book.ec2UsdPerHour(M6I_LARGE, PurchaseOption.ON_DEMAND, NO_RATIO)).isCloseTo(0.072, within(EXACT));
    // Fargate x86 with vCPU rate 0.05, 50 GiB at 0.0002: (0.05 + 2 x 0.004445 + 30 x 0.0002) x 0.75
    //   = (0.05 + 0.00889 + 0.006) x 0.75 = 0.06489 x 0.75 = 0.0486675
    assertThat(book.fargateUsdPerHour(1024, 2048, 50, X86, false)).isCloseTo(0.0486675, within(EXACT));
    // arm64 untouched apart from the discount: 0.0395 x 0.75 = 0.029625
    assertThat(book.fargateUsdPerHour(1024, 2048, 20, ARM, false)).isCloseTo(0.029625, within(EXACT));
    // spot with GB rate 0.001, no discount: 0.01334053 + 2 x 0.001 = 0.01534053
    assertThat(book.fargateUsdPerHour(1024, 2048, 20, X86, true)).isCloseTo(0.01534053, within(EXACT));
  }

  @Test
  void anUnknownRegionNamesTheBundledOnes() {
    assertThatThrownBy(() -> PriceBook.of("eu-west-1", PricingSpec.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bundled: us-east-1");
  }
}
