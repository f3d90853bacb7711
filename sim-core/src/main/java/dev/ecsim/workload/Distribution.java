package dev.ecsim.workload;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The one distribution shape used everywhere in a scenario ({@code {fixed: 30s}},
 * {@code {uniform: [30s, 60s]}}, {@code {exponential: {mean: 20m}}},
 * {@code {lognormal: {median: 40s, p95: 90s}}}, {@code {normal: {mean: 20m, sd: 5m}}}). Values are
 * in the quantity's base unit (milliseconds for durations). Draws never go below zero: the
 * quantities modelled (durations, sizes) cannot be negative.
 */
public sealed interface Distribution {

  /** The mean of the distribution as specified (before clamping at zero). */
  double mean();

  /** A sampler that draws from {@code rng}; the same rng state gives the same draws. */
  Sampler sampler(RandomGenerator rng);

  /** Draws one value at a time. */
  @FunctionalInterface
  interface Sampler {
    double sample();
  }

  record Fixed(double value) implements Distribution {
    public double mean() {
      return value;
    }

    public Sampler sampler(RandomGenerator rng) {
      return () -> value;
    }
  }

  record Uniform(double lower, double upper) implements Distribution {
    public double mean() {
      return (lower + upper) / 2;
    }

    public Sampler sampler(RandomGenerator rng) {
      if (lower == upper) {
        return () -> lower;
      }
      UniformRealDistribution d = new UniformRealDistribution(rng, lower, upper);
      return d::sample;
    }
  }

  record Exponential(double mean) implements Distribution {
    public Sampler sampler(RandomGenerator rng) {
      ExponentialDistribution d = new ExponentialDistribution(rng, mean);
      return d::sample;
    }
  }

  /**
   * Log-normal given by its median and 95th percentile, the two figures people know about a
   * latency: mu = ln(median), sigma = ln(p95 / median) / z(0.95).
   */
  record LogNormal(double median, double p95) implements Distribution {
    static final double Z_95 = 1.6448536269514722;

    public double sigma() {
      return Math.log(p95 / median) / Z_95;
    }

    public double mean() {
      double s = sigma();
      return median * Math.exp(s * s / 2);
    }

    public Sampler sampler(RandomGenerator rng) {
      LogNormalDistribution d = new LogNormalDistribution(rng, Math.log(median), sigma());
      return d::sample;
    }
  }

  /** Normal, with draws below zero clamped to zero. */
  record Normal(double mean, double standardDeviation) implements Distribution {
    public Sampler sampler(RandomGenerator rng) {
      if (standardDeviation == 0) {
        return () -> Math.max(0, mean);
      }
      NormalDistribution d = new NormalDistribution(rng, mean, standardDeviation);
      return () -> Math.max(0, d.sample());
    }
  }
}
