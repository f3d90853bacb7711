package dev.ecsim.reports.chart;

/**
 * Step shapes for counts (instances, queued tasks): a sample holds until the next one, so a
 * straight line between two samples would show 2.5 instances that never existed. Expanding the
 * points, rather than using JFreeChart's step renderer, lets the line be drawn as one path: dash
 * patterns stay continuous and the SVG holds one element per series instead of one per segment.
 */
public final class Steps {
  private Steps() {}

  /** (t0,v0) (t1,v1) (t2,v2) becomes (t0,v0) (t1,v0) (t1,v1) (t2,v1) (t2,v2). */
  public static Points hold(Points points) {
    int n = points.size();
    if (n < 2) {
      return points;
    }
    long[] t = points.timesMillis();
    double[] v = points.values();
    long[] times = new long[2 * n - 1];
    double[] values = new double[2 * n - 1];
    times[0] = t[0];
    values[0] = v[0];
    for (int i = 1; i < n; i++) {
      times[2 * i - 1] = t[i];
      values[2 * i - 1] = v[i - 1];
      times[2 * i] = t[i];
      values[2 * i] = v[i];
    }
    return new Points(times, values);
  }
}
