package dev.ecsim.reports.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What the overlaid line charts of a comparison share: one line per scenario (or two, solid and
 * dashed, for a pair of figures), each scenario in the colour of its column on every comparison
 * chart, bars included.
 */
final class ComparisonLines {
  private ComparisonLines() {}

  /**
   * One line of the chart.
   *
   * @param column the scenario's column, which picks the colour
   * @param step hold each value until the next point (counts), rather than joining points
   */
  record Line(String label, int column, boolean dashed, boolean step, Points points) {}

  static JFreeChart build(String title, String yLabel, List<Line> lines, TimeScale scale, ChartStyle style) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      data.addSeries(xy(line, scale));
      renderer.setSeriesPaint(i, style.color(line.column()));
      renderer.setSeriesStroke(i, line.dashed() ? style.dashed() : style.solid());
    }
    return XYCharts.create(title, scale, yLabel, data, renderer, style);
  }

  private static XYSeries xy(Line line, TimeScale scale) {
    Points points = line.step() ? Steps.hold(line.points()) : line.points();
    // Step shapes repeat x, so duplicates must be allowed.
    XYSeries xy = new XYSeries(line.label(), false, true);
    for (int i = 0; i < points.size(); i++) {
      xy.add(scale.convert(points.timesMillis()[i]), points.values()[i], false);
    }
    return xy;
  }
}
