package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * USD billed since the start, stacked by capacity provider, so the top edge is the whole bill and
 * each band is one provider's share. Buckets keep their maximum: for a running total that is the
 * value at the bucket's end, so the curve never dips.
 */
final class CumulativeCostChart {
  private CumulativeCostChart() {}

  static final String TITLE = "Cumulative cost by capacity provider";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    return StackedByProvider.build(series, style, SeriesKind.CUMULATIVE_COST, TITLE, "USD", Aggregation.MAX);
  }
}
