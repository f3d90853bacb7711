package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYAreaRenderer;

/**
 * USD per hour being billed, stacked by capacity provider: the top edge is the cluster's burn rate,
 * and a band that swells is a provider scaling out (instances) or taking more tasks (Fargate).
 * Buckets keep their mean, so the area under the edge stays what the bucket cost.
 */
final class CostRateChart {
  private CostRateChart() {}

  static final String TITLE = "Cost rate by capacity provider";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    String prefix = SeriesNames.COST_RATE_PREFIX;
    List<String> columns = series.columnsStartingWith(prefix);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<String> providers = columns.stream().map(c -> SeriesNames.entity(c, prefix)).toList();
    int[] colours = ProviderColours.indexes(ProviderColours.providers(series), providers);
    TimeScale scale = XYCharts.scaleOf(series);
    // Running sums from Datasets.stacked; the plot draws series 0, the smallest sum, last and on
    // top.
    XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours[i]));
    }
    JFreeChart chart =
        XYCharts.create(
            TITLE,
            scale,
            "USD per hour",
            Datasets.stacked(
                series,
                columns,
                c -> SeriesNames.entity(c, prefix),
                Aggregation.MEAN,
                scale,
                style.maxPoints()),
            renderer,
            style);
    NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
    y.setStandardTickUnits(RootLocaleTicks.decimals("$"));
    return Optional.of(chart);
  }
}
