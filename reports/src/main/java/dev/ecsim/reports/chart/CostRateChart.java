package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * USD per hour being billed, stacked by capacity provider: the top edge is the cluster's burn rate,
 * and a band that swells is a provider scaling out (instances) or taking more tasks (Fargate).
 * Buckets keep their mean, so the area under the edge stays what the bucket cost.
 */
final class CostRateChart {
  private CostRateChart() {}

  static final String TITLE = "Cost rate by capacity provider";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    return StackedByProvider.build(series, style, SeriesKind.COST_RATE, TITLE, "USD per hour", Aggregation.MEAN);
  }
}
