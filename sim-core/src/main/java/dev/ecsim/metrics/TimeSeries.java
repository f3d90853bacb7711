package dev.ecsim.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table sampled once per metrics period: one row per sample time, one column per figure, each
 * known by its {@link SeriesKey} (see {@link SeriesNames}). Memory grows with columns x periods,
 * never with events.
 */
public final class TimeSeries {
  private final List<SeriesKey> keys;
  private final List<String> columns;
  private final Map<SeriesKey, Integer> index = new HashMap<>();
  private long[] times = new long[256];
  private double[][] values;
  private int rows;

  public TimeSeries(List<SeriesKey> keys) {
    this.keys = List.copyOf(keys);
    this.columns = this.keys.stream().map(SeriesKey::column).toList();
    for (int i = 0; i < this.keys.size(); i++) {
      if (index.put(this.keys.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate column " + this.keys.get(i));
      }
    }
    values = new double[this.keys.size()][256];
  }

  public void addRow(long timeMillis, double[] row) {
    if (row.length != columns.size()) {
      throw new IllegalArgumentException(
          "row has " + row.length + " values for " + columns.size() + " columns");
    }
    if (rows > 0 && timeMillis < times[rows - 1]) {
      throw new IllegalArgumentException(
          "row at " + timeMillis + " ms comes before the last row at " + times[rows - 1] + " ms");
    }
    if (rows == times.length) {
      times = Arrays.copyOf(times, rows * 2);
      for (int c = 0; c < values.length; c++) {
        values[c] = Arrays.copyOf(values[c], rows * 2);
      }
    }
    times[rows] = timeMillis;
    for (int c = 0; c < row.length; c++) {
      values[c][rows] = row[c];
    }
    rows++;
  }

  /** The columns, in order. */
  public List<SeriesKey> keys() {
    return keys;
  }

  /** The column names timeseries.csv prints, in column order. */
  public List<String> columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public long timeMillis(int row) {
    return times[row];
  }

  public double value(int row, int column) {
    return values[column][row];
  }

  public boolean hasColumn(SeriesKey key) {
    return index.containsKey(key);
  }

  /** A copy of one column's values, one per row. */
  public double[] column(SeriesKey key) {
    Integer c = index.get(key);
    if (c == null) {
      throw new IllegalArgumentException("no column " + key + "; columns: " + columns);
    }
    return Arrays.copyOf(values[c], rows);
  }

  /** The columns of {@code kind}, in column order. */
  public List<SeriesKey> keysOf(SeriesKind kind) {
    return keys.stream().filter(k -> k.kind() == kind).toList();
  }

  /** The capacity providers, services or jobs that have a column of {@code kind}, in column order. */
  public List<String> entitiesOf(SeriesKind kind) {
    return keysOf(kind).stream().map(SeriesKey::entityName).toList();
  }
}
