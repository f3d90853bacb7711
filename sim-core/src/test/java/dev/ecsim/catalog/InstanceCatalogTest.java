package dev.ecsim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InstanceCatalogTest {

  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled("us-east-1");

  /**
   * A row of the docs/ecs-behaviour.md §4.1 table; {@code trunked} is null where it says n/a, n/l
   * or ‡.
   */
  record Row(String name, int vcpu, int gib, double usdPerHour, Architecture arch, int maxEnis,
      int noTrunk, Integer trunked, Trunking trunking, double spotRatio) {}

  private static final Architecture X86 = Architecture.X86_64;
  private static final Architecture ARM = Architecture.ARM64;
  private static final Trunking YES = Trunking.SUPPORTED;

  // Spot / on-demand, worked by hand from the seen 2026 spot prices of docs/ecs-behaviour.md §4.3:
  // midpoint of the range / the §4.1 on-demand price, rounded to 2 decimals.
  // m6i.large: (0.029 + 0.041) / 2 = 0.035; 0.035 / 0.096 = 0.3646 -> 0.36
  private static final double M6I_LARGE_SPOT = 0.36;
  // c6i.xlarge: (0.051 + 0.077) / 2 = 0.064; 0.064 / 0.17 = 0.3765 -> 0.38
  private static final double C6I_XLARGE_SPOT = 0.38;
  // m7g.xlarge: (0.049 + 0.082) / 2 = 0.0655; 0.0655 / 0.1632 = 0.4013 -> 0.40
  private static final double M7G_XLARGE_SPOT = 0.40;
  // g5.xlarge: (0.30 + 0.50) / 2 = 0.40; 0.40 / 1.006 = 0.3976 -> 0.40
  private static final double G5_XLARGE_SPOT = 0.40;
  // Every other type: "≈ 50–70 % off" -> 60 % off, ratio 0.40 (ecsim assumption, docs/modelling.md).
  private static final double SPOT_DEFAULT = 0.40;

  // Typed by hand from docs/ecs-behaviour.md §4.1, not read back from the JSON: an outside oracle.
  private static final List<Row> TABLE = List.of(
      new Row("t3.medium", 2, 4, 0.0416, X86, 3, 2, null, Trunking.NOT_SUPPORTED, SPOT_DEFAULT),
      new Row("t3.large", 2, 8, 0.0832, X86, 3, 2, null, Trunking.NOT_SUPPORTED, SPOT_DEFAULT),
      new Row("t3.xlarge", 4, 16, 0.1664, X86, 4, 3, null, Trunking.NOT_SUPPORTED, SPOT_DEFAULT),
      new Row("t4g.medium", 2, 4, 0.0336, ARM, 3, 2, null, Trunking.NOT_SUPPORTED, SPOT_DEFAULT),
      new Row("t4g.large", 2, 8, 0.0672, ARM, 3, 2, null, Trunking.NOT_SUPPORTED, SPOT_DEFAULT),
      new Row("m5.large", 2, 8, 0.096, X86, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("m6i.large", 2, 8, 0.096, X86, 3, 2, 10, YES, M6I_LARGE_SPOT),
      new Row("m5.xlarge", 4, 16, 0.192, X86, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("m6i.xlarge", 4, 16, 0.192, X86, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("m5.2xlarge", 8, 32, 0.384, X86, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("m6i.2xlarge", 8, 32, 0.384, X86, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("m5.4xlarge", 16, 64, 0.768, X86, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("m6i.4xlarge", 16, 64, 0.768, X86, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("m7i.large", 2, 8, 0.1008, X86, 3, 2, null, Trunking.UNKNOWN, SPOT_DEFAULT),
      new Row("m7i.xlarge", 4, 16, 0.2016, X86, 4, 3, null, Trunking.UNKNOWN, SPOT_DEFAULT),
      new Row("m6a.large", 2, 8, 0.0864, X86, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("m6g.large", 2, 8, 0.077, ARM, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("m6g.xlarge", 4, 16, 0.154, ARM, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("m6g.2xlarge", 8, 32, 0.308, ARM, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("m6g.4xlarge", 16, 64, 0.616, ARM, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("m7g.large", 2, 8, 0.0816, ARM, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("m7g.xlarge", 4, 16, 0.1632, ARM, 4, 3, 20, YES, M7G_XLARGE_SPOT),
      new Row("m7g.2xlarge", 8, 32, 0.3264, ARM, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("m7g.4xlarge", 16, 64, 0.6528, ARM, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("c5.large", 2, 4, 0.085, X86, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("c6i.large", 2, 4, 0.085, X86, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("c5.xlarge", 4, 8, 0.17, X86, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("c6i.xlarge", 4, 8, 0.17, X86, 4, 3, 20, YES, C6I_XLARGE_SPOT),
      new Row("c5.2xlarge", 8, 16, 0.34, X86, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("c6i.2xlarge", 8, 16, 0.34, X86, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("c5.4xlarge", 16, 32, 0.68, X86, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("c6i.4xlarge", 16, 32, 0.68, X86, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("c6g.large", 2, 4, 0.068, ARM, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("c6g.xlarge", 4, 8, 0.136, ARM, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("c6g.2xlarge", 8, 16, 0.272, ARM, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("c6g.4xlarge", 16, 32, 0.544, ARM, 8, 7, 60, YES, SPOT_DEFAULT),
      new Row("c7g.large", 2, 4, 0.0725, ARM, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("c7g.xlarge", 4, 8, 0.145, ARM, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("c7g.2xlarge", 8, 16, 0.29, ARM, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("r5.large", 2, 16, 0.126, X86, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("r6i.large", 2, 16, 0.126, X86, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("r5.xlarge", 4, 32, 0.252, X86, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("r6i.xlarge", 4, 32, 0.252, X86, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("r5.2xlarge", 8, 64, 0.504, X86, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("r6i.2xlarge", 8, 64, 0.504, X86, 4, 3, 40, YES, SPOT_DEFAULT),
      new Row("r6g.large", 2, 16, 0.1008, ARM, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("r6g.xlarge", 4, 32, 0.2016, ARM, 4, 3, 20, YES, SPOT_DEFAULT),
      new Row("r7g.large", 2, 16, 0.1071, ARM, 3, 2, 10, YES, SPOT_DEFAULT),
      new Row("g4dn.xlarge", 4, 16, 0.526, X86, 3, 2, null, Trunking.UNLISTED, SPOT_DEFAULT),
      new Row("g4dn.2xlarge", 8, 32, 0.752, X86, 3, 2, null, Trunking.UNLISTED, SPOT_DEFAULT),
      new Row("g5.xlarge", 4, 16, 1.006, X86, 4, 3, 6, YES, G5_XLARGE_SPOT));

  @Test
  void everyTableRowIsInTheCatalogWithItsFigures() {
    for (Row row : TABLE) {
      InstanceType t = CATALOG.find(row.name()).orElseThrow(() -> new AssertionError(row.name()));
      String as = row.name();
      assertThat(t.vcpu()).as(as).isEqualTo(row.vcpu());
      assertThat(t.memoryMiB()).as(as).isEqualTo(row.gib() * 1024);
      assertThat(t.onDemandUsdPerHour()).as(as).isCloseTo(row.usdPerHour(), within(1e-12));
      assertThat(t.architecture()).as(as).isEqualTo(row.arch());
      assertThat(t.maxEnis()).as(as).isEqualTo(row.maxEnis());
      assertThat(t.trunking()).as(as).isEqualTo(row.trunking());
      assertThat(t.awsvpcTaskLimit(false)).as(as).isEqualTo(row.noTrunk());
      assertThat(t.awsvpcTaskLimit(true)).as(as)
          .isEqualTo(row.trunked() == null ? row.noTrunk() : row.trunked());
      assertThat(t.trunkedEnis()).as(as)
          .isEqualTo(row.trunked() == null ? OptionalInt.empty() : OptionalInt.of(row.trunked()));
      assertThat(t.spotPriceRatio()).as(as).isCloseTo(row.spotRatio(), within(1e-12));
    }
  }

  @Test
  void catalogHoldsExactlyTheTableInTableOrder() {
    assertThat(CATALOG.all()).extracting(InstanceType::name)
        .containsExactlyElementsOf(TABLE.stream().map(Row::name).toList());
  }

  @Test
  void flagsFollowTheTableNotes() {
    assertThat(CATALOG.all()).filteredOn(t -> !t.confirmed()).extracting(InstanceType::name)
        .containsExactly("m7i.large", "m7i.xlarge");
    assertThat(CATALOG.all()).filteredOn(InstanceType::burstable).extracting(InstanceType::name)
        .containsExactly("t3.medium", "t3.large", "t3.xlarge", "t4g.medium", "t4g.large");
    assertThat(CATALOG.all()).filteredOn(t -> t.gpus() > 0).extracting(InstanceType::name, InstanceType::gpus)
        .containsExactly(
            tuple("g4dn.xlarge", 1),
            tuple("g4dn.2xlarge", 1),
            tuple("g5.xlarge", 1));
  }

  @Test
  void m5LargeRegistersVcpuTimes1024AndNinetyEightPercentOfMemory() {
    // docs/ecs-behaviour.md §1.6: registered CPU = vCPU × 1,024; memory floor(8,192 × 0.98) = 8,028
    // MiB.
    InstanceType m5 = CATALOG.find("m5.large").orElseThrow();
    assertThat(m5.registeredCpuUnits()).isEqualTo(2048);
    assertThat(m5.registeredMemoryMiB(InstanceType.DEFAULT_REGISTERED_MEMORY_FRACTION)).isEqualTo(8028);
    assertThat(m5.family()).isEqualTo("m5");
  }

  @Test
  void metadataKeepsTheYearWithoutInventingADay() {
    assertThat(CATALOG.region()).isEqualTo("us-east-1");
    assertThat(CATALOG.pricesReadOn()).isEqualTo("2026");
    assertThat(CATALOG.source()).contains("4.1");
  }

  @Test
  void findIsExact() {
    assertThat(CATALOG.find("m6i.large")).isPresent();
    assertThat(CATALOG.find("m6i.larg")).isEmpty();
    assertThat(CATALOG.find("m9z.huge")).isEmpty();
  }

  @Test
  void closeMatchesPutTheNearestSameFamilyTypeFirst() {
    assertThat(CATALOG.closeMatches("m6i.larg", 5)).first().isEqualTo("m6i.large");
    // same family first (by distance), then other close names by distance, ties alphabetical
    // (threshold max(2, 8 / 3) = 2; m5.large and m7g.large are 3 edits away)
    assertThat(CATALOG.closeMatches("m6i.larg", 20)).containsExactly(
        "m6i.large", "m6i.xlarge", "m6i.2xlarge", "m6i.4xlarge",
        "c6i.large", "m6a.large", "m6g.large", "m7i.large", "r6i.large");
    assertThat(CATALOG.closeMatches("m6i.larg", 6)).hasSize(6).endsWith("c6i.large", "m6a.large");
    assertThat(CATALOG.closeMatches("M6I.LARGE", 1)).containsExactly("m6i.large");
    // both one edit away: the tie goes alphabetically
    assertThat(CATALOG.closeMatches("m6i.8xlarge", 2)).containsExactly("m6i.2xlarge", "m6i.4xlarge");
  }

  @Test
  void closeMatchesLeaveOutFarNames() {
    assertThat(CATALOG.closeMatches("m9z.huge", 5)).isEmpty();
    assertThat(CATALOG.closeMatches("m6i.larg", 0)).isEmpty();
  }

  @Test
  void unknownRegionNamesTheBundledOnes() {
    assertThatThrownBy(() -> InstanceCatalog.bundled("eu-west-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eu-west-1")
        .hasMessageContaining("bundled: us-east-1");
  }
}
