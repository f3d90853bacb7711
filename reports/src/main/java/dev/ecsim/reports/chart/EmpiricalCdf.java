package dev.ecsim.reports.chart;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The empirical distribution of a sample held as a sorted array: F(x) is the share of values at
 * most x. Pure functions; the start-latency chart draws {@link #steps} of {@link #corners}.
 */
public final class EmpiricalCdf {
  private EmpiricalCdf() {}

  /** Points of a distribution curve: x ascending, each share in [0, 1]. */
  public record Curve(double[] x, double[] share) {
    public Curve {
      if (x.length != share.length) {
        throw new IllegalArgumentException(x.length + " x values but " + share.length + " shares");
      }
    }

    public int size() {
      return x.length;
    }
  }

  /** F(x): the share of {@code sorted} that is at most {@code x}; 0 for an empty sample. */
  public static double at(double[] sorted, double x) {
    if (sorted.length == 0) {
      return 0;
    }
    return (double) countAtMost(sorted, x) / sorted.length;
  }

  /**
   * The corners of F: one point per distinct value v with F(v), thinned to at most {@code
   * maxPoints} so a million tasks plot as a few hundred points. A value is kept when F reaches a
   * new multiple of 1/(maxPoints-1) there (the first and last value are always kept), so between
   * two kept points F never rises by as much as 1/(maxPoints-1): the thinned curve is off by less
   * than that vertically, and every kept point is exact.
   */
  public static Curve corners(double[] sorted, int maxPoints) {
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be at least 2, was " + maxPoints);
    }
    int n = sorted.length;
    int levels = maxPoints - 1;
    double[] x = new double[Math.min(n, maxPoints)];
    double[] share = new double[x.length];
    int out = 0;
    long previousLevel = -1;
    int i = 0;
    while (i < n) {
      int end = i + 1; // one past the last copy of sorted[i]
      while (end < n && sorted[end] == sorted[i]) {
        end++;
      }
      long level = (long) end * levels / n;
      if (out == 0 || level > previousLevel) {
        x[out] = sorted[i];
        share[out] = (double) end / n;
        out++;
        previousLevel = level;
      }
      i = end;
    }
    return new Curve(Arrays.copyOf(x, out), Arrays.copyOf(share, out));
  }

  /**
   * The step shape of F through its corners, starting from 0 at the smallest value: F holds its
   * share until the next corner and jumps there, so (1, .5) (3, 1) becomes (1, 0) (1, .5) (3, .5)
   * (3, 1). A line through the corners alone would show tasks starting at times none did.
   */
  public static Curve steps(Curve corners) {
    int n = corners.size();
    if (n == 0) {
      return corners;
    }
    double[] x = new double[2 * n];
    double[] share = new double[2 * n];
    double previous = 0;
    for (int i = 0; i < n; i++) {
      x[2 * i] = corners.x()[i];
      share[2 * i] = previous;
      x[2 * i + 1] = corners.x()[i];
      share[2 * i + 1] = corners.share()[i];
      previous = corners.share()[i];
    }
    return new Curve(x, share);
  }

  /**
   * The p-th percentile (0 < p <= 100) by Commons Math's default estimator, the one sim-core's
   * summary uses, so a chart legend agrees with summary.json; NaN for an empty sample.
   */
  public static double percentile(double[] values, double p) {
    return new Percentile().evaluate(values, p);
  }

  /** How many of {@code sorted} are at most {@code x}, by binary search. */
  static int countAtMost(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
