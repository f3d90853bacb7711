package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * How long tasks took to start (createdAt to startedAt), one empirical distribution curve per
 * capacity provider: where a curve crosses a height h is the time within which h percent of its
 * tasks started. Curves far right of the others are a provider waiting for capacity (instances
 * booting) or for Fargate's provisioning. Dashed lines mark the median and p95, and the legend
 * gives both per provider, computed as summary.json computes them (its figures for a single
 * replication; with replications summary.json holds means, the chart the first run's tasks).
 */
final class StartLatencyChart {
  private StartLatencyChart() {}

  static final String TITLE = "Task start latency by capacity provider";

  /**
   * Corners per curve: the thinned curve is then off by under 1/399 of the height, less than a
   * pixel on the standard chart, however many tasks ran.
   */
  static final int CORNERS = 400;

  static Optional<JFreeChart> build(RunResult run, ChartStyle style) {
    SortedMap<String, double[]> latencies = run.tasks().startLatencySeconds();
    if (latencies.isEmpty()) {
      return Optional.empty();
    }
    List<String> providers = new ArrayList<>(latencies.keySet());
    int[] colours = ProviderColours.indexes(ProviderColours.providers(run.series()), providers);
    XYSeriesCollection data = new XYSeriesCollection();
    double smallest = Double.POSITIVE_INFINITY;
    double largest = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, double[]> entry : latencies.entrySet()) {
      double[] sorted = entry.getValue();
      smallest = Math.min(smallest, sorted[0]);
      largest = Math.max(largest, sorted[sorted.length - 1]);
      data.addSeries(curve(legend(entry.getKey(), sorted), sorted));
    }
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (int i = 0; i < providers.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colours[i]));
      renderer.setSeriesStroke(i, style.stroke(colours[i]));
    }
    JFreeChart chart =
        XYCharts.create(
            TITLE,
            xAxis(Ranges.logScaleReadsBetter(smallest, largest)),
            "% of tasks started within",
            data,
            renderer,
            style);
    XYPlot plot = chart.getXYPlot();
    plot.getRangeAxis().setRange(0, 100);
    plot.addRangeMarker(style.referenceLine(50, "p50"));
    plot.addRangeMarker(style.referenceLine(95, "p95"));
    return Optional.of(chart);
  }

  /** "od-m6i: 438 tasks, p50 5.0 s, p95 86.2 s". */
  static String legend(String provider, double[] sorted) {
    return String.format(
        Locale.ROOT,
        "%s: %,d task%s, p50 %,.1f s, p95 %,.1f s",
        provider,
        sorted.length,
        sorted.length == 1 ? "" : "s",
        EmpiricalCdf.percentile(sorted, 50),
        EmpiricalCdf.percentile(sorted, 95));
  }

  private static XYSeries curve(String label, double[] sorted) {
    EmpiricalCdf.Curve steps = EmpiricalCdf.steps(EmpiricalCdf.corners(sorted, CORNERS));
    // Steps repeat x, so duplicates must be allowed; the points are already in order.
    XYSeries xy = new XYSeries(label, false, true);
    for (int i = 0; i < steps.size(); i++) {
      xy.add(steps.x()[i], 100 * steps.share()[i], false);
    }
    return xy;
  }

  private static ValueAxis xAxis(boolean log) {
    String label = "seconds from created to started";
    if (log) {
      return new OneTwoFiveLogAxis(label + " (log scale)");
    }
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(true);
    axis.setLowerMargin(0);
    axis.setStandardTickUnits(RootLocaleTicks.decimals(""));
    return axis;
  }
}
