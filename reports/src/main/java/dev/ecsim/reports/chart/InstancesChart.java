package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Instances running per capacity provider. Step-shaped lines, because the count changes at discrete
 * launches and terminations; buckets keep their maximum so a short scale-out stays visible on a
 * week-long chart.
 */
final class InstancesChart {
  private InstancesChart() {}

  static final String TITLE = "Instances per capacity provider";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    String prefix = SeriesNames.INSTANCES_PREFIX;
    List<String> columns = series.columnsStartingWith(prefix);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    TimeScale scale = XYCharts.scaleOf(series);
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(i));
      renderer.setSeriesStroke(i, style.stroke(i));
    }
    JFreeChart chart =
        XYCharts.create(
            TITLE,
            scale,
            "instances",
            Datasets.lines(
                series,
                columns,
                c -> SeriesNames.entity(c, prefix),
                Aggregation.MAX,
                Datasets.Join.STEP,
                scale,
                style.maxPoints()),
            renderer,
            style);
    chart.getXYPlot().getRangeAxis().setStandardTickUnits(RootLocaleTicks.integers());
    return Optional.of(chart);
  }
}
