package dev.ecsim.reports.chart;

/** Axis ranges chosen from the data, as pure functions. */
public final class Ranges {
  private Ranges() {}

  /**
   * Upper bound of a percent axis: 100, so a quiet cluster does not look busy, unless the data goes
   * above (utilization can exceed 100% when tasks burst over their reservation); then the data
   * maximum rounded up to a multiple of 10 so the highest line never touches the frame.
   */
  public static double percentUpperBound(double dataMax) {
    if (Double.isNaN(dataMax) || dataMax <= 100) {
      return 100;
    }
    if (Double.isInfinite(dataMax)) {
      throw new IllegalArgumentException("percent data is infinite");
    }
    return Math.ceil(dataMax / 10) * 10;
  }

  /** Largest non-NaN value of all arrays; NaN when there is none. */
  public static double max(double[]... arrays) {
    double max = Double.NaN;
    for (double[] values : arrays) {
      for (double v : values) {
        if (!Double.isNaN(v) && (Double.isNaN(max) || v > max)) {
          max = v;
        }
      }
    }
    return max;
  }

  /**
   * Whether a value axis from {@code smallest} to {@code largest} reads better on a log scale: when
   * the values span two decades or more (start latencies of 5 s from a cached image next to hours
   * of queueing), a linear axis would crush everything but the largest into its left edge. Only
   * for positive values.
   */
  public static boolean logScaleReadsBetter(double smallest, double largest) {
    return smallest > 0 && largest / smallest >= 100;
  }
}
