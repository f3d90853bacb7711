package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesKind;
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
   * @param kind the series columns to stack, one per provider ({@link SeriesKind#COST_RATE})
   * @param aggregation how a bucket of rows becomes one point on long runs
   */
  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style, SeriesKind kind, String title, String yLabel,
      Aggregation aggregation) {
    List<SeriesKey> columns = series.keysOf(kind);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<String> providers = columns.stream().map(SeriesKey::entityName).toList();
    int[] colours = ProviderColours.indexes(ProviderColours.providers(series), providers);
    TimeScale scale = XYCharts.scaleOf(series);
    // Running sums from Datasets.stacked; the plot draws series 0, the smallest sum, last and on
    // top.
    XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours[i]));
    }
    JFreeChart chart = XYCharts.create(title, scale, yLabel,
        Datasets.stacked(series, columns, SeriesKey::entityName, aggregation, scale, style.maxPoints()),
        renderer, style);
    NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
    y.setStandardTickUnits(RootLocaleTicks.decimals("$"));
    return Optional.of(chart);
  }
}
