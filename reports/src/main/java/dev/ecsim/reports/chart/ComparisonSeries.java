package dev.ecsim.reports.chart;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Shapes the time series of several scenarios for one overlaid chart, as pure functions: picking a
 * figure from each scenario's series and bucketing all of them on one shared grid, so that on a
 * long run every scenario's point in a bucket summarises the same stretch of time (scenarios may
 * sample at different metrics periods).
 */
public final class ComparisonSeries {
  private ComparisonSeries() {}

  /**
   * Per row, the sum of every column of {@code kind} (the cumulative cost of every capacity
   * provider: the whole bill so far). NaN cells add nothing; a row with only NaN is
   * NaN. Empty when the series has no such column.
   */
  public static Optional<Points> total(TimeSeries series, SeriesKind kind) {
    List<SeriesKey> columns = series.keysOf(kind);
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    double[] sums = new double[series.rows()];
    Arrays.fill(sums, Double.NaN);
    for (SeriesKey column : columns) {
      double[] values = series.column(column);
      for (int row = 0; row < sums.length; row++) {
        if (!Double.isNaN(values[row])) {
          sums[row] = Double.isNaN(sums[row]) ? values[row] : sums[row] + values[row];
        }
      }
    }
    return Optional.of(new Points(Datasets.times(series), sums));
  }

  /** One column of the series as points; empty when the series has no such column. */
  public static Optional<Points> column(TimeSeries series, SeriesKey key) {
    return series.hasColumn(key)
        ? Optional.of(new Points(Datasets.times(series), series.column(key)))
        : Optional.empty();
  }

  /**
   * Buckets every scenario's points on one grid: {@code maxPoints} equal intervals from the
   * earliest first sample to the latest last sample of all of them (the rule of {@link
   * Bucketing#downsample}, over the shared span). Each non-empty bucket becomes one point, stamped
   * with the time of its first sample and holding the {@code aggregation} of its samples. An empty
   * input stays empty, in its place.
   */
  public static List<Optional<Points>> align(
      List<Optional<Points>> scenarios, int maxPoints, Aggregation aggregation) {
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints must be at least 1, was " + maxPoints);
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (Optional<Points> p : scenarios) {
      if (p.isPresent() && p.get().size() > 0) {
        long[] t = p.get().timesMillis();
        first = Math.min(first, t[0]);
        last = Math.max(last, t[t.length - 1]);
      }
    }
    List<Optional<Points>> out = new ArrayList<>();
    for (Optional<Points> p : scenarios) {
      if (p.isEmpty() || p.get().size() == 0) {
        out.add(p);
      } else {
        out.add(Optional.of(bucket(p.get(), first, last, maxPoints, aggregation)));
      }
    }
    return out;
  }

  private static Points bucket(Points points, long first, long last, int maxPoints, Aggregation aggregation) {
    return Bucketing.onGrid(points.timesMillis(), points.values(), first, last, maxPoints, aggregation);
  }

  /** The time unit for the longest of the scenarios' series. */
  public static TimeScale scale(List<TimeSeries> series) {
    long last = 0;
    for (TimeSeries s : series) {
      if (s.rows() > 0) {
        last = Math.max(last, s.timeMillis(s.rows() - 1));
      }
    }
    return TimeScale.forRunLength(last);
  }

  /**
   * Whether the run had an instance at some sample. Without one the cluster reservation is
   * undefined, though the series records it as 0 (a Fargate-only run).
   */
  public static boolean hadInstances(TimeSeries series) {
    for (SeriesKey column : series.keysOf(SeriesKind.INSTANCES)) {
      if (Arrays.stream(series.column(column)).anyMatch(v -> v > 0)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the points hold at least one number (a Fargate-only run's reservation is all gaps). */
  public static boolean hasData(Points points) {
    return Arrays.stream(points.values()).anyMatch(v -> !Double.isNaN(v));
  }
}
