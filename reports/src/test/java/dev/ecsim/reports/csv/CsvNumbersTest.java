package dev.ecsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvNumbersTest {

  @ParameterizedTest(name = "{0} -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "3.0 | 3",
        "0.0 | 0",
        "-0.0 | 0",
        "2.5 | 2.5",
        "0.1 | 0.1",
        "1234567.0 | 1234567",
        "0.0000004 | 0",
        "0.0000005 | 0.000001",
        "1.23456789 | 1.234568",
        "-1.23456749 | -1.234567",
        "1.0E20 | 100000000000000000000",
        "62.50000000001 | 62.5",
      })
  void decimalsAreFixedPointWithAtMostSixDecimals(double value, String expected) {
    assertThat(CsvNumbers.decimal(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {"NaN | ''", "Infinity | Infinity", "-Infinity | -Infinity"})
  void nonFiniteValues(double value, String expected) {
    assertThat(CsvNumbers.decimal(value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ms -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | 0",
        "12500 | 12.5",
        "60000 | 60",
        "1 | 0.001",
        "604800000 | 604800",
        "-1500 | -1.5"
      })
  void millisecondsBecomeExactSeconds(long millis, String expected) {
    assertThat(CsvNumbers.seconds(millis)).isEqualTo(expected);
  }

  @net.jqwik.api.Property
  void secondsAreWhatBigDecimalWrites(@net.jqwik.api.ForAll long millis) {
    assertThat(CsvNumbers.seconds(millis))
        .isEqualTo(java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
  }

  @net.jqwik.api.Property
  void secondsOfShortTimesAreWhatBigDecimalWrites(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = -5_000, max = 5_000) long millis) {
    assertThat(CsvNumbers.seconds(millis))
        .isEqualTo(java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
  }
}
