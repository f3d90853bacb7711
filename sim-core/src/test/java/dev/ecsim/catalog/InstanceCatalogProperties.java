package dev.ecsim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants every bundled entry must meet; jqwik enumerates the catalogue exhaustively. */
class InstanceCatalogProperties {

  @Provide
  Arbitrary<InstanceType> bundledTypes() {
    return Arbitraries.of(InstanceCatalog.bundled("us-east-1").all());
  }

  @Property
  void figuresArePositiveAndThePrimaryEniTakesASlot(@ForAll("bundledTypes") InstanceType t) {
    assertThat(t.onDemandUsdPerHour()).isPositive();
    assertThat(t.memoryMiB()).isPositive();
    assertThat(t.vcpu()).isPositive();
    assertThat(t.maxEnis()).isGreaterThanOrEqualTo(2);
    assertThat(t.awsvpcTaskLimit(false)).isEqualTo(t.maxEnis() - 1);
    assertThat(t.spotPriceRatio()).isPositive().isLessThanOrEqualTo(1.0);
  }

  @Property
  void trunkingNeverLowersTheTaskLimit(@ForAll("bundledTypes") InstanceType t) {
    assertThat(t.awsvpcTaskLimit(true)).isGreaterThanOrEqualTo(t.awsvpcTaskLimit(false));
    assertThat(t.trunkedEnis().isPresent()).isEqualTo(t.trunking() == Trunking.SUPPORTED);
  }

  @Property
  void registeredMemoryIsNinetyEightPercentRoundedDown(@ForAll("bundledTypes") InstanceType t) {
    // integer oracle for floor(MiB × 0.98), free of binary rounding
    assertThat(t.registeredMemoryMiB(0.98)).isEqualTo(t.memoryMiB() * 98 / 100);
    assertThat(t.registeredCpuUnits()).isEqualTo(t.vcpu() * 1024);
  }
}
