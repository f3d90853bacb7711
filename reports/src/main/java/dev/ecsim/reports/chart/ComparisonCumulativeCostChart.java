package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;

/**
 * USD billed since the start, one line per scenario: the sum over its capacity providers, so the
 * line ends at the scenario's total bill and where two lines cross, one scenario catches up on the
 * other. Buckets keep their maximum, the running total at the bucket's end.
 */
final class ComparisonCumulativeCostChart {
  private ComparisonCumulativeCostChart() {}

  static final String TITLE = "Cumulative cost";

  /** Empty when no scenario's series has a cost column. */
  static Optional<JFreeChart> build(List<String> columns, List<TimeSeries> series, ChartStyle style) {
    List<Optional<Points>> totals = new ArrayList<>();
    series.forEach(s -> totals.add(ComparisonSeries.total(s, SeriesKind.CUMULATIVE_COST)));
    List<Optional<Points>> aligned = ComparisonSeries.align(totals, style.maxPoints(), Aggregation.MAX);
    List<ComparisonLines.Line> lines = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      int column = c;
      aligned.get(c).filter(ComparisonSeries::hasData)
          .ifPresent(p -> lines.add(new ComparisonLines.Line(columns.get(column), column, false, false, p)));
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    JFreeChart chart = ComparisonLines.build(TITLE, "USD", lines, ComparisonSeries.scale(series), style);
    ((NumberAxis) chart.getXYPlot().getRangeAxis()).setStandardTickUnits(RootLocaleTicks.decimals("$"));
    return Optional.of(chart);
  }
}
