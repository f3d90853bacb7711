package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangesTest {

  @ParameterizedTest(name = "data max {0} -> axis up to {1}")
  @CsvSource({"0, 100", "42.5, 100", "100, 100", "100.1, 110", "123, 130", "130, 130", "NaN, 100"})
  void percentAxisShowsAtLeastHundred(double dataMax, double expected) {
    assertThat(Ranges.percentUpperBound(dataMax)).isEqualTo(expected);
  }

  @Test
  void maxIgnoresNanAcrossArrays() {
    assertThat(Ranges.max(new double[] {1, Double.NaN}, new double[] {Double.NaN, 7, 3}))
        .isEqualTo(7);
    assertThat(Ranges.max(new double[] {Double.NaN}, new double[0])).isNaN();
  }

  @ParameterizedTest(name = "{0} to {1}: log {2}")
  @CsvSource({
    "5, 131, false",
    "5, 499, false",
    "5, 500, true",
    "0.5, 3600, true",
    "0, 3600, false",
    "-1, 10, false"
  })
  void logScaleOnlyForPositiveValuesSpanningTwoDecades(
      double smallest, double largest, boolean log) {
    assertThat(Ranges.logScaleReadsBetter(smallest, largest)).isEqualTo(log);
  }
}
