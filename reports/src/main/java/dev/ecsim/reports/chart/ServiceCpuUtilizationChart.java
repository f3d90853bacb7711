package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;

/**
 * The CPUUtilization each service with a load model reports, one line per service: the latest
 * one-minute datapoint, the figure target tracking and step scaling act on. A gap is a time no
 * task of the service ran (CloudWatch has no datapoint then). Buckets keep their mean.
 */
final class ServiceCpuUtilizationChart {
  private ServiceCpuUtilizationChart() {}

  static final String TITLE = "Service CPU utilization";

  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style) {
    return PercentLines.build(series, style, SeriesNames.SERVICE_CPU_UTILIZATION_PREFIX, TITLE,
        "CPUUtilization, percent", Aggregation.MEAN, services -> IntStream.range(0, services.size()).toArray());
  }
}
