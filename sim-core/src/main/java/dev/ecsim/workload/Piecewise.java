package dev.ecsim.workload;

import dev.ecsim.workload.LoadProfile.Interpolation;
import dev.ecsim.workload.LoadProfile.Point;
import java.util.List;

/**
 * Rates and exact integrals of piecewise-constant and piecewise-linear profiles (steps, traces),
 * clipped at a capacity. Segment i runs from point i to point i + 1; the last holds forever.
 */
final class Piecewise {
  private Piecewise() {}

  static void checkRate(double perSecond, String what) {
    if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException(what + " must be a finite rate of at least 0, found " + perSecond);
    }
  }

  /** The length of [from, to) in seconds; integrals are defined from time 0 on. */
  static double seconds(long fromMillis, long toMillis) {
    if (fromMillis < 0 || toMillis < fromMillis) {
      throw new IllegalArgumentException("an interval needs 0 <= from <= to, found [" + fromMillis + ", " + toMillis + ")");
    }
    return (toMillis - fromMillis) / 1000.0;
  }

  /** An immutable copy, checked: at least one point, the first at 0, times strictly increasing. */
  static List<Point> checked(List<Point> points, String what) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException(what + " needs at least one point");
    }
    if (points.get(0).atMillis() != 0) {
      throw new IllegalArgumentException(what + " must start at time 0, found " + points.get(0).atMillis() + " ms");
    }
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).atMillis() <= points.get(i - 1).atMillis()) {
        throw new IllegalArgumentException(what + " must have strictly increasing times, found "
            + points.get(i - 1).atMillis() + " ms then " + points.get(i).atMillis() + " ms");
      }
    }
    return List.copyOf(points);
  }

  /** The index of the last point at or before {@code millis} (0 before the first). */
  static int segment(List<Point> points, long millis) {
    int lo = 0;
    int hi = points.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (points.get(mid).atMillis() <= millis) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  static double rate(List<Point> points, Interpolation how, long millis) {
    int i = segment(points, millis);
    Point p = points.get(i);
    if (how == Interpolation.STEP || i + 1 == points.size() || millis <= p.atMillis()) {
      return p.perSecond();
    }
    return interpolate(p, points.get(i + 1), millis);
  }

  static double requestsWithin(List<Point> points, Interpolation how, long fromMillis, long toMillis,
      double capacityPerSecond) {
    seconds(fromMillis, toMillis);
    double cap = Math.max(0, capacityPerSecond);
    double total = 0;
    int i = segment(points, fromMillis);
    long cursor = fromMillis;
    while (cursor < toMillis) {
      boolean last = i + 1 == points.size();
      long end = last ? toMillis : Math.min(toMillis, points.get(i + 1).atMillis());
      double seconds = seconds(cursor, end);
      Point p = points.get(i);
      if (how == Interpolation.STEP || last) {
        total += seconds * Math.min(p.perSecond(), cap);
      } else {
        Point next = points.get(i + 1);
        total += clippedLinear(seconds, interpolate(p, next, cursor), interpolate(p, next, end), cap);
      }
      cursor = end;
      i++;
    }
    return total;
  }

  /** The integral of min(r(t), cap) over {@code seconds} where r goes in a straight line from r0 to r1. */
  static double clippedLinear(double seconds, double r0, double r1, double cap) {
    if (r0 <= cap && r1 <= cap) {
      return (r0 + r1) / 2 * seconds;
    }
    if (r0 >= cap && r1 >= cap) {
      return cap * seconds;
    }
    double crossing = (cap - r0) / (r1 - r0) * seconds;
    return r0 < cap
        ? (r0 + cap) / 2 * crossing + cap * (seconds - crossing)
        : cap * crossing + (cap + r1) / 2 * (seconds - crossing);
  }

  private static double interpolate(Point a, Point b, long millis) {
    double f = (double) (millis - a.atMillis()) / (b.atMillis() - a.atMillis());
    return a.perSecond() + (b.perSecond() - a.perSecond()) * f;
  }
}
