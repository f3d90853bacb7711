package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * Cluster CPU reservation (solid, what tasks asked for, which drives cluster auto scaling) and CPU
 * utilization (dashed, what they used) of each scenario in its colour: the gap between a pair is
 * that scenario's over-reservation. A scenario that never had an instance (Fargate only) has no
 * cluster reservation and no lines. Buckets keep their mean.
 */
final class ComparisonReservationChart {
  private ComparisonReservationChart() {}

  static final String TITLE = "Cluster CPU reservation and utilization";

  /** Empty when no scenario had an instance. */
  static Optional<JFreeChart> build(List<String> columns, List<TimeSeries> series, ChartStyle style) {
    List<Optional<Points>> reservation = new ArrayList<>();
    List<Optional<Points>> utilization = new ArrayList<>();
    for (TimeSeries s : series) {
      boolean cluster = ComparisonSeries.hadInstances(s);
      reservation.add(cluster ? ComparisonSeries.column(s, SeriesNames.CPU_RESERVATION_PCT) : Optional.empty());
      utilization.add(cluster ? ComparisonSeries.column(s, SeriesNames.CPU_UTILIZATION_PCT) : Optional.empty());
    }
    reservation = ComparisonSeries.align(reservation, style.maxPoints(), Aggregation.MEAN);
    utilization = ComparisonSeries.align(utilization, style.maxPoints(), Aggregation.MEAN);
    List<ComparisonLines.Line> lines = new ArrayList<>();
    double max = Double.NaN;
    for (int c = 0; c < columns.size(); c++) {
      for (boolean used : new boolean[] {false, true}) {
        Optional<Points> p = (used ? utilization : reservation).get(c).filter(ComparisonSeries::hasData);
        if (p.isPresent()) {
          String label = columns.get(c) + (used ? " utilization" : " reservation");
          lines.add(new ComparisonLines.Line(label, c, used, false, p.get()));
          max = Ranges.max(new double[] {max}, p.get().values());
        }
      }
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    JFreeChart chart = ComparisonLines.build(TITLE, "percent", lines, ComparisonSeries.scale(series), style);
    chart.getXYPlot().getRangeAxis().setRange(0, Ranges.percentUpperBound(max));
    return Optional.of(chart);
  }
}
