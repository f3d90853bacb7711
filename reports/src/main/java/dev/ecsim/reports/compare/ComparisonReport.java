package dev.ecsim.reports.compare;

import dev.ecsim.metrics.TimeSeries;
import java.util.List;

/**
 * What {@code ecsim compare} writes out: the table, the settings every scenario ran with, and per
 * column the time series of its first replication (seed {@code seed}) for the overlaid charts.
 * Only the first replication's series are kept: a week sampled every minute is 10,080 rows per
 * column, and the charts need one run per column, not all of them.
 */
public record ComparisonReport(Comparison comparison, long seed, long durationMillis, List<TimeSeries> series) {
  public ComparisonReport {
    series = List.copyOf(series);
    if (series.size() != comparison.columns().size()) {
      throw new IllegalArgumentException(series.size() + " time series for " + comparison.columns().size()
          + " columns");
    }
  }
}
