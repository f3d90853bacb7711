package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;

/**
 * One service's RUNNING tasks in each scenario, as steps: how fast each scales out under the same
 * load and how long it falls short. Buckets keep their minimum, as on the run's service chart, so
 * a minute below the usual count still shows on a week-long chart.
 */
final class ComparisonServiceChart {
  private ComparisonServiceChart() {}

  static String title(String service) {
    return "Service " + service + ": running tasks";
  }

  /** Empty when no scenario's series has the service. */
  static Optional<JFreeChart> build(List<String> columns, List<TimeSeries> series, String service,
      ChartStyle style) {
    List<Optional<Points>> running = new ArrayList<>();
    series.forEach(s -> running.add(ComparisonSeries.column(s, SeriesNames.serviceRunning(service))));
    List<Optional<Points>> aligned = ComparisonSeries.align(running, style.maxPoints(), Aggregation.MIN);
    List<ComparisonLines.Line> lines = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      int column = c;
      aligned.get(c).filter(ComparisonSeries::hasData)
          .ifPresent(p -> lines.add(new ComparisonLines.Line(columns.get(column), column, false, true, p)));
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    JFreeChart chart = ComparisonLines.build(title(service), "RUNNING tasks", lines, ComparisonSeries.scale(series),
        style);
    ((NumberAxis) chart.getXYPlot().getRangeAxis()).setStandardTickUnits(RootLocaleTicks.integers());
    return Optional.of(chart);
  }
}
