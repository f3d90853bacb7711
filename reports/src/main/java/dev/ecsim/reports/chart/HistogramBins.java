package dev.ecsim.reports.chart;

/**
 * Equal-width histogram bins over a sample, as pure functions: a width from the Freedman-Diaconis
 * rule (2 IQR / cube root of n, which follows the bulk of the data rather than its tail), raised to
 * a 1, 2 or 5 x 10^k value so the edges read as round numbers, and widened again while there would
 * be more than a chart's worth of bins. A sample whose middle half is one value (half the tasks
 * started without waiting) has no IQR; Sturges' rule (log2 n + 1 bins over the range) stands in.
 * Both give few bins for few values, and rounding up to a nice width can halve them again (24
 * waits over 0 to 366 s: two bins of 200 s), so the width narrows while there would be fewer than a
 * chart's minimum.
 */
public final class HistogramBins {
  private HistogramBins() {}

  /**
   * {@code count} bins of {@code width} from {@code lower}: half-open [edge, next edge) except the
   * last, which holds its upper edge too.
   */
  public record Bins(double lower, double width, int count) {
    public Bins {
      if (!(width > 0) || count < 1) {
        throw new IllegalArgumentException("need width > 0 and count >= 1: " + width + ", " + count);
      }
    }

    /** Edge i (0 to count), computed from the lower edge so errors do not add up. */
    public double edge(int i) {
      return lower + i * width;
    }

    public double upper() {
      return edge(count);
    }
  }

  /** Width of the bin holding a sample of one value (or many equal values): one unit. */
  static final double SINGLE_VALUE_WIDTH = 1;

  /** Slack for quotients such as 0.6 / 0.2 = 2.9999999999999996 that should be whole. */
  private static final double SLACK = 1e-9;

  /**
   * Bins for {@code sorted} (ascending, at least one value): at most {@code maxBins}, and at least
   * {@code minBins} where a narrower nice width gets there without passing {@code maxBins} (one
   * bin for a sample of one value, however many are asked for).
   */
  public static Bins of(double[] sorted, int minBins, int maxBins) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("no values to bin");
    }
    if (minBins < 1 || maxBins < minBins) {
      throw new IllegalArgumentException(
          "need 1 <= minBins <= maxBins, got " + minBins + ", " + maxBins);
    }
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    double width = niceWidthAtLeast(rawWidth(sorted));
    while (count(min, max, width) > maxBins) {
      width = nextNiceWidth(width);
    }
    while (max > min && count(min, max, width) < minBins) {
      double narrower = previousNiceWidth(width);
      if (count(min, max, narrower) > maxBins) {
        break;
      }
      width = narrower;
    }
    return new Bins(Math.floor(min / width + SLACK) * width, width, count(min, max, width));
  }

  /** Freedman-Diaconis, else Sturges, else one unit for a sample of one value. */
  static double rawWidth(double[] sorted) {
    int n = sorted.length;
    double range = sorted[n - 1] - sorted[0];
    if (range == 0) {
      return SINGLE_VALUE_WIDTH;
    }
    double iqr = EmpiricalCdf.percentile(sorted, 75) - EmpiricalCdf.percentile(sorted, 25);
    if (iqr > 0) {
      return 2 * iqr / Math.cbrt(n);
    }
    int sturges = (int) Math.ceil(Math.log(n) / Math.log(2) - SLACK) + 1;
    return range / sturges;
  }

  /** The smallest 1, 2 or 5 x 10^k at least {@code width} (itself when it is one). */
  public static double niceWidthAtLeast(double width) {
    if (!(width > 0) || Double.isInfinite(width)) {
      throw new IllegalArgumentException("width must be positive and finite, was " + width);
    }
    int power = (int) Math.floor(Math.log10(width));
    for (int p = power; ; p++) {
      for (int m : new int[] {1, 2, 5}) {
        if (nice(m, p) >= width * (1 - SLACK)) {
          return nice(m, p);
        }
      }
    }
  }

  /** The 1, 2 or 5 x 10^k after a nice {@code width}: 0.5 after 0.2, 10 after 5. */
  public static double nextNiceWidth(double width) {
    // Nice widths are at least twice apart, so a millionth more skips this one and no other.
    return niceWidthAtLeast(width * (1 + 1e-6));
  }

  /** The 1, 2 or 5 x 10^k before a nice {@code width}: 0.2 before 0.5, 5 before 10. */
  public static double previousNiceWidth(double width) {
    int power = (int) Math.floor(Math.log10(width) + SLACK);
    double mantissa = width / Math.pow(10, power); // 1, 2 or 5, give or take rounding
    if (mantissa < 1.5) {
      return nice(5, power - 1);
    }
    return mantissa < 3.5 ? nice(1, power) : nice(2, power);
  }

  /** m x 10^p, exact for small p. */
  private static double nice(int m, int p) {
    // Divide for negative powers: 2 / 10 is exactly 0.2 as a double, 2 * 0.1 is not.
    return p >= 0 ? m * Math.pow(10, p) : m / Math.pow(10, -p);
  }

  /** Bins from the multiple of width at or below min to the one at or above max; at least one. */
  static int count(double min, double max, double width) {
    long first = (long) Math.floor(min / width + SLACK);
    long last = (long) Math.ceil(max / width - SLACK);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, last - first));
  }

  /** How many values fall in each bin; values outside the bins count in the nearest one. */
  public static int[] counts(double[] values, Bins bins) {
    int[] counts = new int[bins.count()];
    for (double v : values) {
      counts[indexOf(v, bins)]++;
    }
    return counts;
  }

  /** The bin of {@code value}: edges belong to the bin above, the upper edge to the last bin. */
  static int indexOf(double value, Bins bins) {
    int i = (int) Math.floor((value - bins.lower()) / bins.width() + SLACK);
    return Math.max(0, Math.min(bins.count() - 1, i));
  }
}
