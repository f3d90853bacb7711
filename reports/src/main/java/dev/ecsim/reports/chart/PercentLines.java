package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One line per entity of a percent figure (gaps where there is no datapoint), on an axis from 0 to
 * a little above the highest value: what the reservation and utilization line charts share.
 */
final class PercentLines {
  private PercentLines() {}

  /**
   * @param prefix the series columns to draw, one per entity
   * @param colours the colour index of each column, given the entities in column order
   */
  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style, String prefix, String title, String yLabel,
      Aggregation aggregation, Function<List<String>, int[]> colours) {
    return build(series, style, series.columnsStartingWith(prefix), prefix, title, yLabel, aggregation, colours);
  }

  /** As above, for a chosen subset of the prefix's columns. */
  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style, List<String> columns, String prefix,
      String title, String yLabel, Aggregation aggregation, Function<List<String>, int[]> colours) {
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    int[] colour = colours.apply(columns.stream().map(c -> SeriesNames.entity(c, prefix)).toList());
    TimeScale scale = XYCharts.scaleOf(series);
    XYSeriesCollection data = Datasets.lines(series, columns, c -> SeriesNames.entity(c, prefix), aggregation,
        Datasets.Join.LINE, scale, style.maxPoints());
    XYLineAndShapeRenderer renderer = XYCharts.lineRenderer();
    double[] maxima = new double[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      renderer.setSeriesPaint(i, style.color(colour[i]));
      renderer.setSeriesStroke(i, style.stroke(colour[i]));
      maxima[i] = data.getSeries(i).getMaxY(); // NaN when the line is all gaps
    }
    JFreeChart chart = XYCharts.create(title, scale, yLabel, data, renderer, style);
    chart.getXYPlot().getRangeAxis().setRange(0, Ranges.percentUpperBound(Ranges.max(maxima)));
    return Optional.of(chart);
  }
}
