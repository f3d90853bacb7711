package dev.ecsim.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FargateCatalogTest {

  private static final FargateCatalog CATALOG = FargateCatalog.bundled("us-east-1");

  /** A row of the docs/ecs-behaviour.md §3.1 table: memory from..to GB in steps, GB = 1,024 MiB. */
  record Row(int cpu, int fromGb, int toGb, int stepGb) {
    List<Integer> memoryMiB() {
      List<Integer> out = new ArrayList<>();
      for (int gb = fromGb; gb <= toGb; gb += stepGb) {
        out.add(gb * 1024);
      }
      return out;
    }
  }

  // Typed by hand from docs/ecs-behaviour.md §3.1, not read back from the JSON. The 256 row
  // (512 MiB, 1 GB, 2 GB) is not a range and is checked on its own below.
  private static final List<Row> RANGE_ROWS = List.of(
      new Row(512, 1, 4, 1),
      new Row(1024, 2, 8, 1),
      new Row(2048, 4, 16, 1),
      new Row(4096, 8, 30, 1),
      new Row(8192, 16, 60, 4),
      new Row(16384, 32, 120, 8));

  @Test
  void validCpuValuesAreTheTablesRows() {
    assertThat(CATALOG.validCpuUnits()).containsExactly(256, 512, 1024, 2048, 4096, 8192, 16384);
  }

  @Test
  void everyTableRowHasItsMemoryValues() {
    assertThat(CATALOG.validMemoryMiB(256)).containsExactly(512, 1024, 2048);
    for (Row row : RANGE_ROWS) {
      assertThat(CATALOG.validMemoryMiB(row.cpu())).as("cpu " + row.cpu()).isEqualTo(row.memoryMiB());
    }
    // A few rows spelt out in full, so the Row helper is not the only oracle.
    assertThat(CATALOG.validMemoryMiB(512)).containsExactly(1024, 2048, 3072, 4096);
    assertThat(CATALOG.validMemoryMiB(8192)).containsExactly(
        16384, 20480, 24576, 28672, 32768, 36864, 40960, 45056, 49152, 53248, 57344, 61440);
    assertThat(CATALOG.validMemoryMiB(16384)).containsExactly(
        32768, 40960, 49152, 57344, 65536, 73728, 81920, 90112, 98304, 106496, 114688, 122880);
    // 4096: 8..30 GB step 1 = 23 values
    assertThat(CATALOG.validMemoryMiB(4096)).hasSize(23).startsWith(8192).endsWith(30720);
  }

  @Test
  void invalidPairsAreRejectedNotRounded() {
    assertThat(CATALOG.isValidSize(256, 4096)).isFalse();   // 0.25 vCPU stops at 2 GB
    assertThat(CATALOG.isValidSize(1024, 1024)).isFalse();  // 1 vCPU starts at 2 GB
    assertThat(CATALOG.isValidSize(8192, 18432)).isFalse(); // 18 GB is off the 4 GB step
    assertThat(CATALOG.isValidSize(256, 512)).isTrue();
    assertThat(CATALOG.isValidSize(4096, 30720)).isTrue();
    assertThat(CATALOG.isValidSize(16384, 122880)).isTrue();
    assertThat(CATALOG.isValidSize(384, 1024)).isFalse();
    assertThat(CATALOG.validMemoryMiB(384)).isEmpty();
  }

  @Test
  void pricesAreTheReferenceFigures() {
    // docs/ecs-behaviour.md §3.2 (us-east-1, 2026).
    FargateRates x86 = CATALOG.onDemand(Architecture.X86_64);
    assertThat(x86.vcpuHourUsd()).isEqualTo(0.04048);
    assertThat(x86.gbHourUsd()).isEqualTo(0.004445);
    FargateRates arm = CATALOG.onDemand(Architecture.ARM64);
    assertThat(arm.vcpuHourUsd()).isEqualTo(0.03238);
    assertThat(arm.gbHourUsd()).isEqualTo(0.00356);
    assertThat(CATALOG.spot().vcpuHourUsd()).isEqualTo(0.01334053);
    assertThat(CATALOG.spot().gbHourUsd()).isEqualTo(0.00146489);
    assertThat(CATALOG.ephemeralStorageGbHourUsd()).isEqualTo(0.000111);
    // 1 vCPU / 2 GB x86: 0.04048 + 2 x 0.004445 = 0.04937
    assertThat(x86.usdPerHour(1024, 2048)).isCloseTo(0.04937, within(1e-12));
  }

  @Test
  void ephemeralStorageIsTwentyToTwoHundredGib() {
    assertThat(CATALOG.includedEphemeralStorageGiB()).isEqualTo(20);
    assertThat(CATALOG.minEphemeralStorageGiB()).isEqualTo(20);
    assertThat(CATALOG.maxEphemeralStorageGiB()).isEqualTo(200);
    assertThat(CATALOG.isValidEphemeralStorage(20)).isTrue();
    assertThat(CATALOG.isValidEphemeralStorage(200)).isTrue();
    assertThat(CATALOG.isValidEphemeralStorage(19)).isFalse();
    assertThat(CATALOG.isValidEphemeralStorage(201)).isFalse();
  }

  @Test
  void metadataKeepsTheYear() {
    assertThat(CATALOG.region()).isEqualTo("us-east-1");
    assertThat(CATALOG.pricesReadOn()).isEqualTo("2026");
    assertThat(CATALOG.source()).contains("3.1").contains("3.2");
    assertThat(FargateCatalog.bundledRegions()).containsExactly("us-east-1");
  }

  @Test
  void unknownRegionNamesTheBundledOnes() {
    assertThatThrownBy(() -> FargateCatalog.bundled("eu-west-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'eu-west-1'")
        .hasMessageContaining("bundled: us-east-1");
  }

  @Test
  void aBadCatalogueFileReportsEveryIssueWithItsPath() {
    String json = """
        {"region": "us-east-1", "pricesReadOn": "2026", "note": "", "source": "test", "currency": "USD",
         "prices": {"x86_64": {"vcpuHourUsd": -1, "gbHourUsd": 0.004445},
                    "arm64": {"vcpuHourUsd": 0.03238, "gbHourUsd": 0.00356},
                    "spot": {"vcpuHourUsd": 0.01334053, "gbHourUsd": 0.00146489},
                    "ephemeralStorageGbHourUsd": 0.000111},
         "ephemeralStorageGiB": {"included": 20, "min": 20, "max": 200},
         "taskSizes": [
           {"cpu": 512, "memoryMiB": null, "memoryGB": {"from": 1, "to": 4, "step": 2}},
           {"cpu": 256, "memoryMiB": [512, 1024], "memoryGB": null},
           {"cpu": 1024, "memoryMiB": [2048], "memoryGB": {"from": 2, "to": 8, "step": 1}}
         ]}
        """;
    assertThatThrownBy(() -> FargateCatalog.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json"))
        .hasMessageContaining("prices.x86_64.vcpuHourUsd -1.0 must be a positive price")
        .hasMessageContaining("taskSizes[0].memoryGB: needs 0 < from <= to")
        .hasMessageContaining("taskSizes[1].cpu: 256 must be above the previous row's 512")
        .hasMessageContaining("taskSizes[2]: give exactly one of memoryMiB");
  }
}
