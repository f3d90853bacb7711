package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;

/**
 * The CPUUtilization each service with a load model reports, one line per service: the latest
 * one-minute datapoint, the figure target tracking and step scaling act on. A gap is a time no
 * task of the service ran (CloudWatch has no datapoint then). Buckets keep their mean. Past
 * {@link #MAX_LINES} services the lines and the legend could no longer be told apart, so the chart
 * keeps the busiest (highest mean utilization) and says so in its title; every service's own chart
 * and timeseries.csv still have them all.
 */
final class ServiceCpuUtilizationChart {
  private ServiceCpuUtilizationChart() {}

  static final String TITLE = "Service CPU utilization";
  static final int MAX_LINES = 8;

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    List<SeriesKey> all = series.keysOf(SeriesKind.SERVICE_CPU_UTILIZATION);
    List<SeriesKey> shown = Busiest.of(all, c -> Busiest.mean(series.column(c)), MAX_LINES);
    String title = shown.size() < all.size()
        ? TITLE + " (the " + shown.size() + " busiest of " + all.size() + " services)" : TITLE;
    return PercentLines.build(series, style, shown, title, "CPUUtilization, percent", Aggregation.MEAN,
        services -> IntStream.range(0, services.size()).toArray());
  }
}
