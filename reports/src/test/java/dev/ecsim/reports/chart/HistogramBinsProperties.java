package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.reports.chart.HistogramBins.Bins;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class HistogramBinsProperties {

  /** Waits as sim-core measures them: whole milliseconds, here up to about 11 days. */
  private static double[] waits(List<Long> millis) {
    return millis.stream().mapToDouble(m -> m / 1000.0).sorted().toArray();
  }

  @Property
  void countsAddUpToTheTasksAndTheBinsCoverEveryValue(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 1_000_000_000L) Long> millis,
      @ForAll @IntRange(min = 1, max = 10) int minBins,
      @ForAll @IntRange(min = 0, max = 60) int extra) {
    double[] sorted = waits(millis);
    int maxBins = minBins + extra;

    Bins bins = HistogramBins.of(sorted, minBins, maxBins);
    int[] counts = HistogramBins.counts(sorted, bins);

    assertThat(Arrays.stream(counts).sum()).isEqualTo(sorted.length);
    assertThat(bins.count()).isBetween(1, maxBins);
    double tolerance = bins.width() * 1e-6;
    assertThat(bins.lower()).isLessThanOrEqualTo(sorted[0] + tolerance);
    assertThat(bins.upper()).isGreaterThanOrEqualTo(sorted[sorted.length - 1] - tolerance);
    for (double v : sorted) {
      int i = HistogramBins.indexOf(v, bins);
      assertThat(v).isBetween(bins.edge(i) - tolerance, bins.edge(i + 1) + tolerance);
    }
  }

  @Property
  void theWidthIsNiceAndFewerThanMinBinsOnlyWhenANarrowerWidthWouldPassTheMax(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 1_000_000_000L) Long> millis,
      @ForAll @IntRange(min = 1, max = 10) int minBins,
      @ForAll @IntRange(min = 0, max = 60) int extra) {
    double[] sorted = waits(millis);
    int maxBins = minBins + extra;

    Bins bins = HistogramBins.of(sorted, minBins, maxBins);

    assertThat(HistogramBins.niceWidthAtLeast(bins.width())).isEqualTo(bins.width());
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    if (bins.count() < minBins && max > min) {
      double narrower = HistogramBins.previousNiceWidth(bins.width());
      assertThat(HistogramBins.count(min, max, narrower)).isGreaterThan(maxBins);
    }
  }
}
