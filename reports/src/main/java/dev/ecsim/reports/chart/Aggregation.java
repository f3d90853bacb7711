package dev.ecsim.reports.chart;

/**
 * How {@link Bucketing} turns the samples of one bucket into one point. NaN samples (a figure that
 * was undefined at that time) are ignored; a bucket of only NaN stays NaN, which charts draw as a
 * gap.
 */
public enum Aggregation {
  /**
   * For levels such as reservation percent, where the average over the bucket is the honest figure.
   */
  MEAN {
    @Override
    double aggregate(double[] values, int from, int to) {
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int n = 0;
      for (int i = from; i < to; i++) {
        double v = values[i];
        if (!Double.isNaN(v)) {
          sum += v;
          min = Math.min(min, v);
          max = Math.max(max, v);
          n++;
        }
      }
      if (n == 0) {
        return Double.NaN;
      }
      // Rounding can push sum/n a hair outside the samples (three 0.1s average to
      // 0.10000000000000002).
      return Math.min(max, Math.max(min, sum / n));
    }
  },
  /** For counts and running totals, where a week-long chart must still show the peak. */
  MAX {
    @Override
    double aggregate(double[] values, int from, int to) {
      double max = Double.NaN;
      for (int i = from; i < to; i++) {
        double v = values[i];
        if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
          max = v;
        }
      }
      return max;
    }
  },
  /**
   * For a count that should not fall short unseen: a service's running tasks, whose dip below the
   * desired count (a task stopped and replaced) must stay visible on a week-long chart.
   */
  MIN {
    @Override
    double aggregate(double[] values, int from, int to) {
      double min = Double.NaN;
      for (int i = from; i < to; i++) {
        double v = values[i];
        if (!Double.isNaN(v) && (Double.isNaN(min) || v < min)) {
          min = v;
        }
      }
      return min;
    }
  };

  /** One value for {@code values[from, to)}, a non-empty range. */
  abstract double aggregate(double[] values, int from, int to);
}
