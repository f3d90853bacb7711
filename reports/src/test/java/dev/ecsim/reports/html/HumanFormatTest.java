package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HumanFormatTest {

  @Test
  void usdHasTwoDecimalsAndThousandsSeparators() {
    assertThat(HumanFormat.usd(1234.5)).isEqualTo("$1,234.50");
    // Under a dollar three significant digits, so that a small bill does not read as nothing.
    assertThat(HumanFormat.usd(0.004)).isEqualTo("$0.004");
    assertThat(HumanFormat.usd(-0.004)).isEqualTo("-$0.004");
    assertThat(HumanFormat.usd(0)).isEqualTo("$0.00");
    assertThat(HumanFormat.usd(-12)).isEqualTo("-$12.00");
    assertThat(HumanFormat.usd(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void percentHasOneDecimalOrThreeSignificantDigitsUnderOne() {
    assertThat(HumanFormat.percent(55.56)).isEqualTo("55.6%");
    assertThat(HumanFormat.percent(100)).isEqualTo("100.0%");
    assertThat(HumanFormat.percent(0.0082)).isEqualTo("0.0082%");
    assertThat(HumanFormat.percent(0)).isEqualTo("0%");
  }

  @Test
  void countsAreWholeUnlessAMeanOverReplications() {
    assertThat(HumanFormat.count(12345)).isEqualTo("12,345");
    assertThat(HumanFormat.count(12.5)).isEqualTo("12.5");
  }

  @Test
  void durationsPickAReadableUnit() {
    assertThat(HumanFormat.duration(42)).isEqualTo("42.0 s");
    assertThat(HumanFormat.duration(119)).isEqualTo("119.0 s");
    assertThat(HumanFormat.duration(210)).isEqualTo("3.5 min");
    assertThat(HumanFormat.duration(3 * 3600)).isEqualTo("3.0 h");
    assertThat(HumanFormat.duration(7 * 86_400)).isEqualTo("7.0 d");
    assertThat(HumanFormat.duration(0)).isEqualTo("0 s");
    assertThat(HumanFormat.duration(0.25)).isEqualTo("0.25 s");
  }

  @Test
  void clockShowsDaysAndMillisecondsOnlyWhenThere() {
    assertThat(HumanFormat.clock(0)).isEqualTo("00:00:00");
    assertThat(HumanFormat.clock(12_500)).isEqualTo("00:00:12.5");
    assertThat(HumanFormat.clock(7_384_250)).isEqualTo("02:03:04.25");
    assertThat(HumanFormat.clock(86_400_000L + 3_600_000L)).isEqualTo("1d 01:00:00");
  }

  @Test
  void halfWidthUsesTheValuesUnit() {
    assertThat(Quantity.SECONDS.format(210, 12)).isEqualTo("3.5 min ± 0.2 min");
    assertThat(Quantity.USD.format(1234.5, 12.345)).isEqualTo("$1,234.50 ± $12.35");
    assertThat(Quantity.FRACTION.format(0.0123)).isEqualTo("1.2%");
    assertThat(Quantity.FRACTION.format(8.2e-05, 1.1e-05)).isEqualTo("0.0082% ± 0.0011%");
    assertThat(Quantity.COUNT.format(2, 0.5)).isEqualTo("2.0 ± 0.5");
  }
}
