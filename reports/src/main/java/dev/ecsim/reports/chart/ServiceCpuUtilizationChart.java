package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The CPUUtilization each service with a load model reports, one line per service: the latest
 * one-minute datapoint, the figure target tracking and step scaling act on. A gap is a time no
 * task of the service ran (CloudWatch has no datapoint then). Buckets keep their mean.
 */
final class ServiceCpuUtilizationChart {
  private ServiceCpuUtilizationChart() {}

  static final String TITLE = "Service CPU utilization";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    String prefix = SeriesNames.SERVICE_CPU_UTILIZATION_PREFIX;
    List<String> columns = series.columnsStartingWith(prefix);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    TimeScale scale = XYCharts.scaleOf(series);
    XYSeriesCollection data =
        Datasets.lines(
            series,
            columns,
            c -> SeriesNames.entity(c, prefix),
            Aggregation.MEAN,
            Datasets.Join.LINE,
            scale,
            style.maxPoints());
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    double[] maxima = new double[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(i));
      renderer.setSeriesStroke(i, style.stroke(i));
      maxima[i] = data.getSeries(i).getMaxY(); // NaN when the line is all gaps
    }
    JFreeChart chart =
        XYCharts.create(TITLE, scale, "CPUUtilization, percent", data, renderer, style);
    chart.getXYPlot().getRangeAxis().setRange(0, Ranges.percentUpperBound(Ranges.max(maxima)));
    return Optional.of(chart);
  }
}
