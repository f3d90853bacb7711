package dev.ecsim.scenario.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

  @ParameterizedTest
  @CsvSource({"500ms,500", "90s,90000", "5m,300000", "5min,300000", "2h,7200000", "7d,604800000", "1.5h,5400000", "0s,0"})
  void durations(String text, long millis) {
    assertThat(Quantities.durationMillis(text)).isEqualTo(millis);
  }

  @Test
  void aDurationTooLongToHoldIsRefusedNotSaturated() {
    // 9,999,999,999,999 days is 8.6e20 ms, past Long.MAX_VALUE (9.2e18): it used to round to
    // Long.MAX_VALUE and read as valid.
    assertThatThrownBy(() -> Quantities.durationMillis("9999999999999d"))
        .isInstanceOf(QuantityException.class)
        .hasMessageContaining("'9999999999999d' is too long")
        .hasMessageContaining("36500d");
    assertThat(Quantities.durationMillis("36500d")).isEqualTo(36_500L * 86_400_000L);
  }

  @Test
  void durationWithoutUnitIsRefusedWithTheValidForms() {
    assertThatThrownBy(() -> Quantities.durationMillis("90"))
        .isInstanceOf(QuantityException.class)
        .hasMessageContaining("'90'")
        .hasMessageContaining("90s, 5m, 2h, 7d");
  }

  @ParameterizedTest
  @CsvSource({"512,512", "512MiB,512", "2GiB,2048", "2GB,2048", "2 GB,2048", "0.5GiB,512"})
  void memory(String text, int mib) {
    assertThat(Quantities.memoryMiB(text)).isEqualTo(mib);
  }

  @ParameterizedTest
  @CsvSource({"1024,1024", "0.25vCPU,256", "0.5vCPU,512", "1 vCPU,1024", "16vCPU,16384"})
  void cpu(String text, int units) {
    assertThat(Quantities.cpuUnits(text)).isEqualTo(units);
  }

  @Test
  void fractionalCpuUnitsAreRefused() {
    assertThatThrownBy(() -> Quantities.cpuUnits("0.3vCPU")).hasMessageContaining("whole number");
  }

  @Test
  void ratesAllowDecimals() {
    assertThat(Quantities.perSecond("200/s")).isEqualTo(200.0);
    assertThat(Quantities.perSecond("30/h")).isCloseTo(30.0 / 3600, within(1e-15));
    assertThat(Quantities.perSecond("38.4/h")).isCloseTo(38.4 / 3600, within(1e-15));
    assertThat(Quantities.perSecond("6/m")).isEqualTo(0.1);
    assertThatThrownBy(() -> Quantities.perSecond("30 per hour")).hasMessageContaining("38.4/h");
  }

  @Test
  void throughput() {
    assertThat(Quantities.mibPerSecond("25MiB/s")).isEqualTo(25.0);
    assertThatThrownBy(() -> Quantities.mibPerSecond("25")).hasMessageContaining("25MiB/s");
  }
}
