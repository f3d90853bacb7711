package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYAreaRenderer;

/**
 * A money figure per capacity provider stacked into areas, each provider in its own colour on
 * every chart: what the cost charts share.
 */
final class StackedByProvider {
  private StackedByProvider() {}

  /**
   * @param prefix the series columns to stack, one per provider ({@code SeriesNames.COST_RATE_PREFIX})
   * @param aggregation how a bucket of rows becomes one point on long runs
   */
  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style, String prefix, String title, String yLabel,
      Aggregation aggregation) {
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
    JFreeChart chart = XYCharts.create(title, scale, yLabel,
        Datasets.stacked(series, columns, c -> SeriesNames.entity(c, prefix), aggregation, scale, style.maxPoints()),
        renderer, style);
    NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
    y.setStandardTickUnits(RootLocaleTicks.decimals("$"));
    return Optional.of(chart);
  }
}
