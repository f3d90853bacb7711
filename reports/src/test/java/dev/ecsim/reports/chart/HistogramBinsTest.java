package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.reports.chart.HistogramBins.Bins;
import org.junit.jupiter.api.Test;

class HistogramBinsTest {

  /**
   * Commons Math's default quartiles of these eight (position p(n+1)/100, interpolated): q1 at
   * 2.25 is 1 + .25 x (2 - 1) = 1.25, q3 at 6.75 is 5 + .75 x (6 - 5) = 5.75; IQR 4.5, so
   * Freedman-Diaconis gives 2 x 4.5 / cbrt(8) = 4.5, nice width 5.
   */
  private static final double[] ONE_OUTLIER = {0, 1, 2, 3, 4, 5, 6, 700};

  @Test
  void freedmanDiaconisRoundedUpToANiceWidth() {
    assertThat(HistogramBins.rawWidth(ONE_OUTLIER)).isEqualTo(4.5);
    assertThat(HistogramBins.niceWidthAtLeast(4.5)).isEqualTo(5);
  }

  @Test
  void tooManyBinsWidenThroughTheNiceWidthsUntilTheyFit() {
    // Width 5 needs 140 bins to reach 700, 10 needs 70, 20 needs 35: the first at most 50.
    Bins bins = HistogramBins.of(ONE_OUTLIER, 1, 50);

    assertThat(bins).isEqualTo(new Bins(0, 20, 35));
    int[] counts = HistogramBins.counts(ONE_OUTLIER, bins);
    assertThat(counts[0]).isEqualTo(7);
    assertThat(counts[34]).isEqualTo(1); // 700 is the upper edge, in the last bin
  }

  @Test
  void atMostFiveBinsTakesWidth200() {
    // 50 needs 14 bins, 100 needs 7, 200 needs ceil(3.5) = 4: [0, 200) ... [600, 800].
    Bins bins = HistogramBins.of(ONE_OUTLIER, 5, 5);

    // Five wanted at least, but width 100 would need 7: the maximum wins.
    assertThat(bins).isEqualTo(new Bins(0, 200, 4));
    assertThat(HistogramBins.counts(ONE_OUTLIER, bins)).containsExactly(7, 0, 0, 1);
  }

  @Test
  void tooFewBinsNarrowThroughTheNiceWidths() {
    // q1 at 2.25: 10 + .25 x 10 = 12.5; q3 at 6.75: 50 + .75 x 10 = 57.5; IQR 45, FD 90 / 2 = 45,
    // nice 50: two bins. 20 gives ceil(3.5) = 4, 10 gives 7: the first with five or more.
    double[] even = {0, 10, 20, 30, 40, 50, 60, 70};

    Bins bins = HistogramBins.of(even, 5, 50);

    assertThat(bins).isEqualTo(new Bins(0, 10, 7));
    assertThat(HistogramBins.counts(even, bins)).containsExactly(1, 1, 1, 1, 1, 1, 2);
  }

  @Test
  void withoutAnInterquartileRangeSturgesStandsIn() {
    // Seven of eight equal: q1 = q3 = 5. Sturges: ceil(log2 8) + 1 = 4 bins over 60, width 15,
    // nice 20: [0, 20) ... [60, 80], 4 bins; asked for 5, width 10 gives [0, 70] in 7.
    double[] mostlyFive = {5, 5, 5, 5, 5, 5, 5, 65};

    assertThat(HistogramBins.rawWidth(mostlyFive)).isEqualTo(15);
    assertThat(HistogramBins.of(mostlyFive, 1, 50)).isEqualTo(new Bins(0, 20, 4));
    Bins bins = HistogramBins.of(mostlyFive, 5, 50);
    assertThat(bins).isEqualTo(new Bins(0, 10, 7));
    assertThat(HistogramBins.counts(mostlyFive, bins)).containsExactly(7, 0, 0, 0, 0, 0, 1);
  }

  @Test
  void oneValueIsOneBinOneUnitWide() {
    assertThat(HistogramBins.of(new double[] {3, 3, 3}, 5, 50)).isEqualTo(new Bins(3, 1, 1));
    assertThat(HistogramBins.of(new double[] {0}, 5, 50)).isEqualTo(new Bins(0, 1, 1));
  }

  @Test
  void edgesBelongToTheBinAboveAndTheUpperEdgeToTheLast() {
    Bins tens = new Bins(0, 10, 3);
    assertThat(HistogramBins.counts(new double[] {0, 9.99, 10, 29.9, 30}, tens))
        .containsExactly(2, 1, 2);

    // 0.6 / 0.2 is 2.9999999999999996 in doubles; 0.6 is still edge 3.
    Bins fifths = new Bins(0, 0.2, 4);
    assertThat(HistogramBins.counts(new double[] {0.2, 0.4, 0.6, 0.8}, fifths))
        .containsExactly(0, 1, 1, 2);
  }

  @Test
  void niceWidthsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(HistogramBins.niceWidthAtLeast(5)).isEqualTo(5);
    assertThat(HistogramBins.niceWidthAtLeast(0.03)).isEqualTo(0.05);
    assertThat(HistogramBins.niceWidthAtLeast(1000)).isEqualTo(1000);
    assertThat(HistogramBins.niceWidthAtLeast(1001)).isEqualTo(2000);
    assertThat(HistogramBins.niceWidthAtLeast(0.2)).isEqualTo(0.2);
    assertThat(HistogramBins.nextNiceWidth(0.2)).isEqualTo(0.5);
    assertThat(HistogramBins.nextNiceWidth(5)).isEqualTo(10);
    assertThat(HistogramBins.nextNiceWidth(1000)).isEqualTo(2000);
    assertThat(HistogramBins.previousNiceWidth(0.5)).isEqualTo(0.2);
    assertThat(HistogramBins.previousNiceWidth(0.2)).isEqualTo(0.1);
    assertThat(HistogramBins.previousNiceWidth(1)).isEqualTo(0.5);
    assertThat(HistogramBins.previousNiceWidth(10)).isEqualTo(5);
    assertThat(HistogramBins.previousNiceWidth(2000)).isEqualTo(1000);
  }

  @Test
  void anEmptySampleHasNoBins() {
    assertThatThrownBy(() -> HistogramBins.of(new double[0], 1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HistogramBins.of(new double[] {1}, 6, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
