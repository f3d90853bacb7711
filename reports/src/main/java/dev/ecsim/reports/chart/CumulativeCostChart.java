package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYAreaRenderer;

/**
 * USD billed since the start, stacked by capacity provider, so the top edge is the whole bill and
 * each band is one provider's share. Buckets keep their maximum: for a running total that is the
 * value at the bucket's end, so the curve never dips.
 */
final class CumulativeCostChart {
  private CumulativeCostChart() {}

  static final String TITLE = "Cumulative cost by capacity provider";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    String prefix = SeriesNames.CUMULATIVE_COST_PREFIX;
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
            "USD",
            Datasets.stacked(
                series,
                columns,
                c -> SeriesNames.entity(c, prefix),
                Aggregation.MAX,
                scale,
                style.maxPoints()),
            renderer,
            style);
    NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
    y.setStandardTickUnits(RootLocaleTicks.decimals("$"));
    return Optional.of(chart);
  }
}
