package dev.ecsim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class InstanceTypeTest {

  private static InstanceType type(String name, int maxEnis, Trunking trunking, OptionalInt trunked) {
    return new InstanceType(name, 2, 8192, Architecture.X86_64, 0.1, maxEnis, trunking, trunked, 0,
        false, true, 0.4);
  }

  private static InstanceType withSpotRatio(double ratio) {
    return new InstanceType("m6i.large", 2, 8192, Architecture.X86_64, 0.096, 3, Trunking.SUPPORTED,
        OptionalInt.of(10), 0, false, true, ratio);
  }

  @Test
  void trunkingOnlyHelpsTypesWithAKnownTrunkCount() {
    // docs/ecs-behaviour.md §1.5/§4.1: n/a, n/l and ‡ types keep maxEnis − 1 even with
    // awsvpcTrunking on.
    for (Trunking none : new Trunking[] {Trunking.NOT_SUPPORTED, Trunking.UNLISTED, Trunking.UNKNOWN}) {
      InstanceType t = type("x1.large", 3, none, OptionalInt.empty());
      assertThat(t.awsvpcTaskLimit(true)).as(none.toString()).isEqualTo(2);
    }
    InstanceType trunked = type("m6i.large", 3, Trunking.SUPPORTED, OptionalInt.of(10));
    assertThat(trunked.awsvpcTaskLimit(false)).isEqualTo(2);
    assertThat(trunked.awsvpcTaskLimit(true)).isEqualTo(10);
  }

  @Test
  void registeredMemoryMatchesSeenRatios() {
    // docs/ecs-behaviour.md §1.6: c4.2xlarge registers 15,042 of 15,360 MiB; at 0.98 ecsim gives
    // 15,052.
    InstanceType c4 = new InstanceType("c4.2xlarge", 8, 15_360, Architecture.X86_64, 0.398, 4,
        Trunking.UNLISTED, OptionalInt.empty(), 0, false, true, 0.4);
    assertThat(c4.registeredMemoryMiB(0.98)).isEqualTo(15_052);
    assertThat(c4.registeredMemoryMiB(1.0)).isEqualTo(15_360);
    assertThatThrownBy(() -> c4.registeredMemoryMiB(0)).hasMessageContaining("(0, 1]");
  }

  @Test
  void familyIsThePartBeforeTheDot() {
    assertThat(type("g4dn.2xlarge", 3, Trunking.UNLISTED, OptionalInt.empty()).family()).isEqualTo("g4dn");
  }

  @Test
  void trunkCountAndTrunkingStateMustAgree() {
    assertThatThrownBy(() -> type("m6i.large", 3, Trunking.SUPPORTED, OptionalInt.empty()))
        .hasMessageContaining("trunkedEnis");
    assertThatThrownBy(() -> type("t3.large", 3, Trunking.NOT_SUPPORTED, OptionalInt.of(10)))
        .hasMessageContaining("not-supported");
    assertThatThrownBy(() -> type("m6i.large", 1, Trunking.NOT_SUPPORTED, OptionalInt.empty()))
        .hasMessageContaining("maxEnis 1");
  }

  @Test
  void spotPriceRatioIsAFractionOfOnDemandUpToOne() {
    assertThat(withSpotRatio(1.0).spotPriceRatio()).isEqualTo(1.0);
    assertThat(withSpotRatio(0.01).spotPriceRatio()).isEqualTo(0.01);
    assertThatThrownBy(() -> withSpotRatio(0)).hasMessage("spotPriceRatio 0.0 must be in (0, 1]");
    assertThatThrownBy(() -> withSpotRatio(1.2)).hasMessage("spotPriceRatio 1.2 must be in (0, 1]");
    assertThatThrownBy(() -> withSpotRatio(Double.NaN)).hasMessageContaining("spotPriceRatio NaN");
  }

  @Test
  void architectureReadsEcsAndRuntimePlatformSpellings() {
    assertThat(Architecture.parse("x86_64")).isEqualTo(Architecture.X86_64);
    assertThat(Architecture.parse("X86_64")).isEqualTo(Architecture.X86_64);
    assertThat(Architecture.parse("arm64")).isEqualTo(Architecture.ARM64);
    assertThat(Architecture.parse("ARM64")).isEqualTo(Architecture.ARM64);
    assertThat(Architecture.ARM64.ecsName()).isEqualTo("arm64");
    assertThatThrownBy(() -> Architecture.parse("aarch64"))
        .hasMessage("unknown architecture 'aarch64'; valid: x86_64, arm64");
  }

  @Test
  void aBadCatalogueFileReportsEveryIssueWithItsPath() {
    String json = """
        {"region": "us-east-1", "pricesReadOn": "2026", "note": "", "source": "test",
         "currency": "EUR", "instanceTypes": [
          {"name": "m6i.large", "vcpu": 2, "memoryGiB": 8, "architecture": "x86_64",
           "onDemandUsdPerHour": 0.096, "maxEnis": 3, "trunking": "supported", "trunkedEnis": null,
           "gpus": 0, "burstable": false, "confirmed": true, "spotPriceRatio": 0.4},
          {"name": "m6i.large", "vcpu": 2, "memoryGiB": 8, "architecture": "sparc",
           "onDemandUsdPerHour": 0.096, "maxEnis": 3, "trunking": "supported", "trunkedEnis": 10,
           "gpus": 0, "burstable": false, "confirmed": true, "spotPriceRatio": 0.4}
        ]}
        """;
    assertThatThrownBy(() -> InstanceCatalog.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
        .hasMessageContaining("currency: 'EUR' is not supported; valid: USD")
        .hasMessageContaining("instanceTypes[0]: trunking supported needs a trunkedEnis count")
        .hasMessageContaining("instanceTypes[1]: unknown architecture 'sparc'; valid: x86_64, arm64");
  }

  @Test
  void aMissingSpotPriceRatioIsAnErrorNotZero() {
    String json = """
        {"region": "us-east-1", "pricesReadOn": "2026", "note": "", "source": "test",
         "currency": "USD", "instanceTypes": [
          {"name": "m6i.large", "vcpu": 2, "memoryGiB": 8, "architecture": "x86_64",
           "onDemandUsdPerHour": 0.096, "maxEnis": 3, "trunking": "supported", "trunkedEnis": 10,
           "gpus": 0, "burstable": false, "confirmed": true}
        ]}
        """;
    assertThatThrownBy(() -> InstanceCatalog.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
        .hasMessageContaining("spotPriceRatio");
  }

  @Test
  void aMissingFigureIsAnErrorNotZero() {
    String json = """
        {"region": "us-east-1", "pricesReadOn": "2026", "note": "", "source": "test",
         "currency": "USD", "instanceTypes": [
          {"name": "m6i.large", "memoryGiB": 8, "architecture": "x86_64",
           "onDemandUsdPerHour": 0.096, "maxEnis": 3, "trunking": "supported", "trunkedEnis": 10,
           "gpus": 0, "burstable": false, "confirmed": true, "spotPriceRatio": 0.4}
        ]}
        """;
    assertThatThrownBy(() -> InstanceCatalog.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
        .hasMessageContaining("test.json")
        .hasMessageContaining("vcpu")
        .hasMessageContaining("line ");
  }
}
