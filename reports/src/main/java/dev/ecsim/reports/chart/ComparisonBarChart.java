package dev.ecsim.reports.chart;

import dev.ecsim.reports.compare.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * One summary figure of every scenario as a bar in the scenario's colour (total cost, a service's
 * unserved requests, a job's p95 wait), with the 95 % confidence interval as an error bar when the
 * comparison is replicated. A scenario without the figure keeps its place on the axis, with no
 * bar.
 */
final class ComparisonBarChart {
  private ComparisonBarChart() {}

  private static final double BAR_WIDTH = 0.6;
  private static final int ERRORS = 1;

  /**
   * A scenario's bar: its mean, and the interval its error bar spans, when it has one.
   *
   * @param column the scenario's column, which places and colours the bar
   */
  record Bar(int column, double mean, Optional<Interval> error) {}

  /** The ends of an error bar. */
  record Interval(double low, double high) {}

  /**
   * The bars of a row, one per column with a value. An error bar is mean ± half-width, its lower
   * end clipped at 0: every figure charted this way (a cost, a share, a time) cannot be negative,
   * and a symmetric interval reaching below zero says only that zero is within reach.
   */
  static List<Bar> bars(Comparison.Row row) {
    List<Bar> bars = new ArrayList<>();
    for (int c = 0; c < row.values().size(); c++) {
      OptionalDouble value = row.values().get(c);
      if (value.isEmpty()) {
        continue;
      }
      double mean = value.getAsDouble();
      OptionalDouble h = row.halfWidths().get(c);
      Optional<Interval> error = h.isPresent()
          ? Optional.of(new Interval(Math.max(0, mean - h.getAsDouble()), mean + h.getAsDouble()))
          : Optional.empty();
      bars.add(new Bar(c, mean, error));
    }
    return bars;
  }

  /** "Total cost", with "(mean and 95% CI of 5 replications)" when replicated. */
  static String title(String figure, int replications) {
    return replications > 1 ? figure + " (mean and 95% CI of " + replications + " replications)" : figure;
  }

  /**
   * @param currency label the value ticks in dollars
   */
  static JFreeChart build(Comparison comparison, Comparison.Row row, String title, String yLabel, boolean currency,
      ChartStyle style) {
    List<String> columns = comparison.columns();
    XYSeriesCollection values = new XYSeriesCollection();
    YIntervalSeriesCollection errors = new YIntervalSeriesCollection();
    XYBarRenderer bars = new XYBarRenderer();
    XYErrorRenderer errorBars = new XYErrorRenderer();
    for (Bar bar : bars(row)) {
      XYSeries series = new XYSeries(columns.get(bar.column()));
      series.add(bar.column(), bar.mean());
      bars.setSeriesPaint(values.getSeriesCount(), style.color(bar.column()));
      values.addSeries(series);
      if (bar.error().isPresent()) {
        YIntervalSeries interval = new YIntervalSeries(columns.get(bar.column()));
        interval.add(bar.column(), bar.mean(), bar.error().get().low(), bar.error().get().high());
        errors.addSeries(interval);
      }
    }
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    SymbolAxis x = new SymbolAxis(null, columns.toArray(String[]::new));
    x.setGridBandsVisible(false);
    JFreeChart chart = XYCharts.create(title(title, comparison.replications()), x, yLabel,
        new XYBarDataset(values, BAR_WIDTH), bars, style);
    chart.removeLegend();
    XYPlot plot = chart.getXYPlot();
    plot.setDomainGridlinesVisible(false);
    plot.getDomainAxis().setRange(-0.5, columns.size() - 0.5);
    errorBars.setDrawXError(false);
    errorBars.setDefaultLinesVisible(false);
    errorBars.setDefaultShapesVisible(false);
    errorBars.setCapLength(12);
    errorBars.setErrorPaint(style.referenceLines());
    errorBars.setErrorStroke(style.solid());
    plot.setDataset(ERRORS, errors);
    plot.setRenderer(ERRORS, errorBars);
    // The bars (dataset 0) first, the error bars on top of them.
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    y.setStandardTickUnits(RootLocaleTicks.decimals(currency ? "$" : ""));
    y.setUpperMargin(0.1);
    return chart;
  }
}
