package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesKind;
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
   * @param kind the series columns to draw, one per entity
   * @param colours the colour index of each column, given the entities in column order
   */
  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style, SeriesKind kind, String title, String yLabel,
      Aggregation aggregation, Function<List<String>, int[]> colours) {
    return build(series, style, series.keysOf(kind), title, yLabel, aggregation, colours);
  }

  /** As above, for a chosen subset of one kind's columns. */
  static Optional<JFreeChart> build(TimeSeries series, ChartStyle style, List<SeriesKey> columns,
      String title, String yLabel, Aggregation aggregation, Function<List<String>, int[]> colours) {
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    int[] colour = colours.apply(columns.stream().map(SeriesKey::entityName).toList());
    TimeScale scale = XYCharts.scaleOf(series);
    XYSeriesCollection data = Datasets.lines(series, columns, SeriesKey::entityName, aggregation,
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
