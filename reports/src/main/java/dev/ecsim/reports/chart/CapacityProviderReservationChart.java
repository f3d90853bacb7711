package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * CapacityProviderReservation of each EC2 provider with managed scaling: the instances its tasks
 * need as a percentage of those it runs. Cluster auto scaling launches when this is above the
 * provider's targetCapacity and terminates after 15 minutes below it; the run result does not
 * carry each target, so the line marks 100 (just enough instances), the default target.
 * Buckets keep their maximum: one minute over target is enough to launch instances, and that
 * minute must stay visible on a week-long chart.
 */
final class CapacityProviderReservationChart {
  private CapacityProviderReservationChart() {}

  static final String TITLE = "Capacity provider reservation";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    String prefix = SeriesNames.CAPACITY_PROVIDER_RESERVATION_PREFIX;
    List<String> columns = series.columnsStartingWith(prefix);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    List<String> providers = columns.stream().map(c -> SeriesNames.entity(c, prefix)).toList();
    int[] colours = ProviderColours.indexes(ProviderColours.providers(series), providers);
    TimeScale scale = XYCharts.scaleOf(series);
    XYSeriesCollection data =
        Datasets.lines(
            series,
            columns,
            c -> SeriesNames.entity(c, prefix),
            Aggregation.MAX,
            Datasets.Join.LINE,
            scale,
            style.maxPoints());
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    double[] maxima = new double[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours[i]));
      renderer.setSeriesStroke(i, style.stroke(colours[i]));
      maxima[i] = data.getSeries(i).getMaxY(); // NaN when the line is all gaps
    }
    JFreeChart chart = XYCharts.create(TITLE, scale, "percent", data, renderer, style);
    chart.getXYPlot().getRangeAxis().setRange(0, Ranges.percentUpperBound(Ranges.max(maxima)));
    chart.getXYPlot().addRangeMarker(style.referenceLine(100, "100%: just enough instances"));
    return Optional.of(chart);
  }
}
