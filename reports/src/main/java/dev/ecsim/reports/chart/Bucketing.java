package dev.ecsim.reports.chart;

import java.util.Arrays;

/**
 * Shrinks a long series to what a chart can show: a week sampled every minute is 10,080 points on a
 * 1,000-pixel axis. Pure functions; every chart downsamples through here so the rules are tested
 * once.
 */
public final class Bucketing {
  private Bucketing() {}

  /**
   * Splits the time span into {@code maxPoints} equal intervals and returns one point per non-empty
   * interval, stamped with the time of its first sample (as CloudWatch stamps a period by its
   * start). Samples at the same time always share a bucket, so the result's times are strictly
   * ascending even when the input repeats a time. A regularly sampled series of at most {@code
   * maxPoints} rows comes back unchanged.
   */
  public static Points downsample(
      long[] timesMillis, double[] values, int maxPoints, Aggregation aggregation) {
    if (timesMillis.length != values.length) {
      throw new IllegalArgumentException(
          timesMillis.length + " times but " + values.length + " values");
    }
    if (maxPoints < 1) {
      throw new IllegalArgumentException("maxPoints must be at least 1, was " + maxPoints);
    }
    int n = timesMillis.length;
    for (int i = 1; i < n; i++) {
      if (timesMillis[i] < timesMillis[i - 1]) {
        throw new IllegalArgumentException(
            String.format(
                "times must ascend; row %d at %d ms follows %d ms",
                i, timesMillis[i], timesMillis[i - 1]));
      }
    }
    return n == 0 ? new Points(new long[0], new double[0])
        : onGrid(timesMillis, values, timesMillis[0], timesMillis[n - 1], maxPoints, aggregation);
  }

  /**
   * As {@link #downsample}, on the buckets of the span {@code first} to {@code last} rather than the
   * series' own, so that series of several runs, bucketed on one grid, line up. Times must ascend
   * and lie within the span.
   */
  public static Points onGrid(long[] timesMillis, double[] values, long first, long last, int maxPoints,
      Aggregation aggregation) {
    int n = timesMillis.length;
    long[] outTimes = new long[Math.min(n, maxPoints)];
    double[] outValues = new double[outTimes.length];
    int out = 0;
    int start = 0;
    while (start < n) {
      long bucket = bucketOf(timesMillis[start], first, last, maxPoints);
      int end = start + 1;
      while (end < n && bucketOf(timesMillis[end], first, last, maxPoints) == bucket) {
        end++;
      }
      outTimes[out] = timesMillis[start];
      outValues[out] = aggregation.aggregate(values, start, end);
      out++;
      start = end;
    }
    return new Points(Arrays.copyOf(outTimes, out), Arrays.copyOf(outValues, out));
  }

  /**
   * Index in [0, buckets) of the interval holding {@code time}. The span is widened by one
   * millisecond so the last sample lands in the last bucket rather than one past it.
   */
  static long bucketOf(long time, long first, long last, int buckets) {
    long offset = time - first;
    long width = last - first + 1;
    if (width > 0 && offset <= Long.MAX_VALUE / buckets) {
      // Exact integer arithmetic: a double here can misplace a sample that sits on a boundary.
      return offset * buckets / width;
    }
    long approx = (long) ((double) offset / (double) width * buckets);
    return Math.min(buckets - 1, Math.max(0, approx));
  }
}
