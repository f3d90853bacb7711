package dev.ecsim.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureFormatTest {

  @Test
  void nothingIsZeroWithoutDecimals() {
    assertThat(FigureFormat.number(0)).isEqualTo("0");
    assertThat(FigureFormat.number(-0.0)).isEqualTo("0");
    assertThat(FigureFormat.count(0)).isEqualTo("0");
    assertThat(FigureFormat.number(0, 0)).isEqualTo("0 ± 0");
  }

  @Test
  void aSmallFigureKeepsThreeSignificantDigitsAndNeverReadsAsNothing() {
    // The unserved share: a fraction of 8.2e-05 is 0.0082 %, not "0.0 %".
    assertThat(FigureFormat.number(8.2e-05 * 100)).isEqualTo("0.0082");
    assertThat(FigureFormat.number(8.2e-05)).isEqualTo("0.000082");
    assertThat(FigureFormat.number(0.012345)).isEqualTo("0.0123");
    assertThat(FigureFormat.number(0.5)).isEqualTo("0.5");
    assertThat(FigureFormat.number(-0.04)).isEqualTo("-0.04");
    // Rounded up to 1 it reads as a figure of 1 or more would.
    assertThat(FigureFormat.number(0.99996)).isEqualTo("1.0");
  }

  @Test
  void aFigureOfOneOrMoreHasOneDecimalAndThousandsSeparators() {
    assertThat(FigureFormat.number(1)).isEqualTo("1.0");
    assertThat(FigureFormat.number(45.25)).isEqualTo("45.3");
    assertThat(FigureFormat.number(1234.5)).isEqualTo("1,234.5");
    assertThat(FigureFormat.number(-1234567.04)).isEqualTo("-1,234,567.0");
  }

  @Test
  void wholeCountsHaveNoDecimalsAndAMeanOfCountsIsAFigure() {
    assertThat(FigureFormat.count(1234)).isEqualTo("1,234");
    assertThat(FigureFormat.count(12.5)).isEqualTo("12.5");
    assertThat(FigureFormat.count(0.25)).isEqualTo("0.25");
  }

  @Test
  void aHalfWidthTakesItsFiguresDecimals() {
    assertThat(FigureFormat.number(12.34, 0.56)).isEqualTo("12.3 ± 0.6");
    assertThat(FigureFormat.number(0.04, 0.031)).isEqualTo("0.040 ± 0.031");
    assertThat(FigureFormat.number(0.0082, 0.0001)).isEqualTo("0.0082 ± 0.0001");
    assertThat(FigureFormat.number(0, 0.25)).isEqualTo("0.00 ± 0.25");
    assertThat(FigureFormat.interval(2, 0.5)).isEqualTo(new FigureFormat.Interval("2.0", "0.5"));
  }

  @Test
  void dollarsHaveCentsAndAnAmountUnderADollarThreeSignificantDigits() {
    assertThat(FigureFormat.usd(1234.5)).isEqualTo("$1,234.50");
    assertThat(FigureFormat.usd(0)).isEqualTo("$0.00");
    assertThat(FigureFormat.usd(0.5)).isEqualTo("$0.50");
    assertThat(FigureFormat.usd(0.0123425)).isEqualTo("$0.0123");
    assertThat(FigureFormat.usd(0.000411)).isEqualTo("$0.000411");
    assertThat(FigureFormat.usd(-12)).isEqualTo("-$12.00");
    assertThat(FigureFormat.usd(-0.0)).isEqualTo("$0.00");
    assertThat(FigureFormat.usdHalfWidth(12.34, 0.564)).isEqualTo("0.56");
    assertThat(FigureFormat.usdHalfWidth(0.0123, 0.00042)).isEqualTo("0.0004");
  }
}
