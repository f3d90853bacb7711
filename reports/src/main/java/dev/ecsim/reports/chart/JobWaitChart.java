package dev.ecsim.reports.chart;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskAggregates;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Per job, how long its tasks waited to start (createdAt to startedAt): a histogram of the waits
 * ({@link HistogramBins}) with vertical lines at the median, p95 and p99, labelled with their
 * values. The lines are summary.json's waitSecondsP50/P95/P99 ({@link JobWaits}); a p99 far right
 * of the median is a job that mostly starts at once and now and then queues for capacity.
 */
final class JobWaitChart {
  private JobWaitChart() {}

  static final String TITLE = "Job wait-time distribution";

  /** At most this many bins: on a 1000-pixel chart each is still 15 pixels or more wide. */
  static final int MAX_BINS = 50;

  /** Fewer bins than this say little of a distribution's shape. */
  static final int MIN_BINS = 5;

  /** A percentile line: which one and its colour in the palette. */
  private record Line(String name, int colour) {}

  /** p50, p95 and p99, in the order of {@link JobWaits.Percentiles}. */
  private static final List<Line> LINES =
      List.of(new Line("p50", 2), new Line("p95", 1), new Line("p99", 3));

  /** One chart per job that submitted a task, by job name. */
  static SortedMap<String, JFreeChart> build(RunResult run, ChartStyle style) {
    SortedMap<String, TaskAggregates.JobWaits> waits = run.tasks().jobWaits();
    SortedMap<String, JFreeChart> charts = new TreeMap<>();
    waits.forEach((job, w) -> charts.put(job, chart(job, w, style)));
    return charts;
  }

  /** "3,039 tasks started", and ", 12 still waiting at the end (wait so far)" when some were. */
  static String barsLabel(TaskAggregates.JobWaits waits) {
    String label = String.format(Locale.ROOT, "%,d task%s started", waits.started(), waits.started() == 1 ? "" : "s");
    return waits.waitingAtEnd() == 0 ? label
        : label + String.format(Locale.ROOT, ", %,d still waiting at the end (wait so far)", waits.waitingAtEnd());
  }

  static JFreeChart chart(String job, TaskAggregates.JobWaits waits, ChartStyle style) {
    double[] sorted = waits.sorted();
    HistogramBins.Bins bins = HistogramBins.of(sorted, MIN_BINS, MAX_BINS);
    int[] counts = HistogramBins.counts(sorted, bins);
    XYIntervalSeries bars = new XYIntervalSeries(barsLabel(waits), false, true);
    for (int i = 0; i < counts.length; i++) {
      double low = bins.edge(i);
      double high = bins.edge(i + 1);
      bars.add((low + high) / 2, low, high, counts[i], 0, counts[i]);
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(bars);
    XYBarRenderer renderer = new XYBarRenderer();
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setUseYInterval(true);
    renderer.setSeriesPaint(0, style.faded(0, 0.75f));
    renderer.setDrawBarOutline(true);
    renderer.setSeriesOutlinePaint(0, style.background());
    renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));

    NumberAxis seconds = new NumberAxis("seconds from created to started");
    seconds.setStandardTickUnits(RootLocaleTicks.decimals(""));
    // A sample of one value is one bin; the axis still spans a few, so the bar reads as a bar.
    double axisUpper = bins.edge(Math.max(bins.count(), MIN_BINS));
    seconds.setRange(bins.lower(), axisUpper);
    JFreeChart chart =
        XYCharts.create(
            "Job " + job + ": wait from created to started", seconds, "tasks", data, renderer,
            style);
    XYPlot plot = chart.getXYPlot();
    plot.getRangeAxis().setStandardTickUnits(RootLocaleTicks.integers());
    plot.getRangeAxis().setUpperMargin(0.25); // room for the line labels above the bars

    JobWaits.Percentiles p = JobWaits.percentiles(sorted);
    double[] values = {p.p50(), p.p95(), p.p99()};
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(renderer.getLegendItem(0, 0));
    for (int row = 0; row < LINES.size(); row++) {
      double x = values[row];
      String label = LINES.get(row).name() + " " + seconds(x);
      Color colour = style.color(LINES.get(row).colour());
      // A label right of a line far right would run off the plot; it goes to the left there.
      boolean labelLeft = x > bins.lower() + 0.6 * (axisUpper - bins.lower());
      plot.addDomainMarker(
          percentileLine(x, label, colour, row, labelLeft, style), Layer.FOREGROUND);
      legend.add(style.eventLegendItem(label, colour, true));
    }
    plot.setFixedLegendItems(legend);
    return chart;
  }

  /** "5.0 s", "1,315.6 s": as the start-latency legend writes seconds. */
  static String seconds(double value) {
    return String.format(Locale.ROOT, "%,.1f s", value);
  }

  /**
   * A dashed vertical line with its label at the top, each line's label a row lower than the one
   * before so that p95 and p99, often close, do not print over each other.
   */
  private static ValueMarker percentileLine(
      double x, String label, Color colour, int row, boolean labelLeft, ChartStyle style) {
    ValueMarker marker = style.eventLine(x, colour, true);
    marker.setLabel(label);
    marker.setLabelFont(style.tickFont());
    marker.setLabelPaint(colour);
    marker.setLabelBackgroundColor(style.background());
    marker.setLabelAnchor(labelLeft ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(labelLeft ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    marker.setLabelOffset(new RectangleInsets(4 + row * (style.tickFont().getSize() + 6), 4, 2, 4));
    return marker;
  }
}
