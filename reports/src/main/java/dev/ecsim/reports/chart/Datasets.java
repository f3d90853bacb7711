package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Turns TimeSeries columns into downsampled JFreeChart datasets, x in the chart's time unit. */
final class Datasets {
  private Datasets() {}

  /** How a line joins its samples. */
  enum Join {
    /** A straight line: for levels such as percentages. */
    LINE,
    /** Hold each value until the next sample: for counts. */
    STEP
  }

  /** One line per column; labels name the legend entries. */
  static XYSeriesCollection lines(
      TimeSeries series,
      List<SeriesKey> columns,
      Function<SeriesKey, String> label,
      Aggregation aggregation,
      Join join,
      TimeScale scale,
      int maxPoints) {
    long[] times = times(series);
    XYSeriesCollection data = new XYSeriesCollection();
    for (SeriesKey column : columns) {
      data.addSeries(
          line(times, series, column, label.apply(column), aggregation, join, scale, maxPoints));
    }
    return data;
  }

  /**
   * One column as one line, for charts whose lines differ in aggregation; {@code times} are the
   * series' sample times ({@link #times}).
   */
  static XYSeries line(
      long[] times,
      TimeSeries series,
      SeriesKey column,
      String label,
      Aggregation aggregation,
      Join join,
      TimeScale scale,
      int maxPoints) {
    Points points = Bucketing.downsample(times, series.column(column), maxPoints, aggregation);
    return xy(label, join == Join.STEP ? Steps.hold(points) : points, scale);
  }

  /**
   * One series per column holding the running sum of the columns up to it (see {@link Stacking}),
   * for an area renderer that draws series 0 last, on top.
   */
  static XYSeriesCollection stacked(
      TimeSeries series,
      List<SeriesKey> columns,
      Function<SeriesKey, String> label,
      Aggregation aggregation,
      TimeScale scale,
      int maxPoints) {
    long[] times = times(series);
    List<double[]> layers = new ArrayList<>();
    long[] bucketTimes = new long[0];
    for (SeriesKey column : columns) {
      // Every column shares the series' times, so every column gets the same buckets.
      Points points = Bucketing.downsample(times, series.column(column), maxPoints, aggregation);
      bucketTimes = points.timesMillis();
      layers.add(points.values());
    }
    List<double[]> sums = Stacking.cumulative(layers);
    XYSeriesCollection data = new XYSeriesCollection();
    for (int i = 0; i < columns.size(); i++) {
      data.addSeries(xy(label.apply(columns.get(i)), new Points(bucketTimes, sums.get(i)), scale));
    }
    return data;
  }

  static long[] times(TimeSeries series) {
    long[] times = new long[series.rows()];
    for (int row = 0; row < times.length; row++) {
      times[row] = series.timeMillis(row);
    }
    return times;
  }

  private static XYSeries xy(String label, Points points, TimeScale scale) {
    // Points are already in time order; step shapes repeat x, so duplicates must be allowed.
    XYSeries xy = new XYSeries(label, false, true);
    for (int i = 0; i < points.size(); i++) {
      xy.add(scale.convert(points.timesMillis()[i]), points.values()[i], false);
    }
    return xy;
  }
}
