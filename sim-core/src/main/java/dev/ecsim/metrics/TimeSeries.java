package dev.ecsim.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table sampled once per metrics period: one row per sample time, one named column per figure.
 * Memory grows with columns x periods, never with events. Column names follow {@link SeriesNames}.
 */
public final class TimeSeries {
  private final List<String> columns;
  private final Map<String, Integer> index = new HashMap<>();
  private long[] times = new long[256];
  private double[][] values;
  private int rows;

  public TimeSeries(List<String> columns) {
    this.columns = List.copyOf(columns);
    for (int i = 0; i < this.columns.size(); i++) {
      if (index.put(this.columns.get(i), i) != null) {
        throw new IllegalArgumentException("duplicate column " + this.columns.get(i));
      }
    }
    values = new double[this.columns.size()][256];
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

  public boolean hasColumn(String name) {
    return index.containsKey(name);
  }

  /** A copy of one column's values, one per row. */
  public double[] column(String name) {
    Integer c = index.get(name);
    if (c == null) {
      throw new IllegalArgumentException("no column " + name + "; columns: " + columns);
    }
    return Arrays.copyOf(values[c], rows);
  }

  /** The columns whose name starts with {@code prefix}, in column order. */
  public List<String> columnsStartingWith(String prefix) {
    return columns.stream().filter(c -> c.startsWith(prefix)).toList();
  }
}
