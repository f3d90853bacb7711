package dev.ecsim.metrics;

import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A figure over independent replications: the mean of the runs that define it, and the half-width
 * of its Student-t 95 % confidence interval, t(0.975, n-1) x s / sqrt(n), when n is 2 or more. A
 * figure of a single run is that run's value, unrounded; means and half-widths are rounded to 6
 * decimals, as summary.json prints them.
 *
 * @param runs how many replications define the figure (a provider's start latency is undefined in a
 *     seed where no task started on it: it is averaged over the others, not counted as 0)
 */
public record Estimate(double mean, OptionalDouble halfWidth, int runs) {

  /** The value of one run. */
  public static Estimate of(double value) {
    return new Estimate(value, OptionalDouble.empty(), 1);
  }

  /** The estimate from the values of the runs that define the figure; at least one. */
  public static Estimate of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to estimate from");
    }
    if (values.length == 1) {
      return of(values[0]);
    }
    double mean = 0;
    for (double x : values) {
      mean += x;
    }
    mean /= values.length;
    double squares = 0;
    for (double x : values) {
      squares += (x - mean) * (x - mean);
    }
    double sd = Math.sqrt(squares / (values.length - 1));
    double t = new TDistribution(values.length - 1).inverseCumulativeProbability(0.975);
    return new Estimate(Rounding.round6(mean), OptionalDouble.of(Rounding.round6(t * sd / Math.sqrt(values.length))),
        values.length);
  }
}
