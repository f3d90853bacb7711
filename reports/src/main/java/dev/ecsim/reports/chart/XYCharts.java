package dev.ecsim.reports.chart;

import dev.ecsim.metrics.TimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The frame every ecsim chart shares: time since start (or another number) on x, one value axis on
 * y, the house style.
 */
final class XYCharts {
  private XYCharts() {}

  static JFreeChart create(
      String title,
      TimeScale scale,
      String yLabel,
      XYDataset data,
      XYItemRenderer renderer,
      ChartStyle style) {
    NumberAxis x = new NumberAxis(scale.axisLabel());
    x.setAutoRangeIncludesZero(false);
    x.setLowerMargin(0);
    x.setUpperMargin(0);
    x.setStandardTickUnits(RootLocaleTicks.decimals(""));
    return create(title, x, yLabel, data, renderer, style);
  }

  /** The same frame with any x axis, for charts whose x is not time (a latency distribution). */
  static JFreeChart create(
      String title,
      ValueAxis x,
      String yLabel,
      XYDataset data,
      XYItemRenderer renderer,
      ChartStyle style) {
    NumberAxis y = new NumberAxis(yLabel);
    y.setStandardTickUnits(RootLocaleTicks.decimals(""));
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    JFreeChart chart = new JFreeChart(title, style.titleFont(), plot, true);
    style.apply(chart);
    return chart;
  }

  /**
   * Lines without point markers, each series drawn as one path: dashes run on across data points
   * and the SVG gets one element per series.
   */
  static XYLineAndShapeRenderer lineRenderer() {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    return renderer;
  }

  /** Hours or days, decided by how long the run's series lasts. */
  static TimeScale scaleOf(TimeSeries series) {
    return series.rows() == 0
        ? TimeScale.HOURS
        : TimeScale.forRunLength(series.timeMillis(series.rows() - 1));
  }
}
