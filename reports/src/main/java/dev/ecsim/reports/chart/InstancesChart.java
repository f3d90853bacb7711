package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Instances per EC2 capacity provider, from launch (booting ones included: they are billed) to
 * termination. Step-shaped lines, because the count changes at discrete launches and terminations;
 * buckets keep their maximum so a short scale-out stays visible on a week-long chart. Each
 * provider keeps the colour the cost charts give it.
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
    List<String> providers = columns.stream().map(c -> SeriesNames.entity(c, prefix)).toList();
    int[] colours = ProviderColours.indexes(ProviderColours.providers(series), providers);
    TimeScale scale = XYCharts.scaleOf(series);
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours[i]));
      renderer.setSeriesStroke(i, style.stroke(colours[i]));
    }
    JFreeChart chart =
        XYCharts.create(
            TITLE,
            scale,
            "instances (booting included)",
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
