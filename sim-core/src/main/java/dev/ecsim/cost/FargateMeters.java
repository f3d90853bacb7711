package dev.ecsim.cost;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The running Fargate bill of each capacity provider, for the time series: the USD per hour of the
 * tasks being billed now, and the USD billed so far (closed tasks at their final bill, open ones
 * pro rata). Each task is its own meter (docs/ecs-behaviour.md §3.2); this keeps only sums, so a
 * sample costs O(1) however many tasks run.
 */
public final class FargateMeters {
  /** Per provider: closed USD, the summed hourly rate of open meters and Σ rate × start. */
  private static final class Sums {
    double closedUsd;
    double openUsdPerHour;
    double openRateTimesStart;
  }

  private final Map<String, Sums> byProvider = new LinkedHashMap<>();

  /** A task's billing starts (its image pull starts). */
  public void open(String provider, double usdPerHour, long startMillis) {
    Sums s = sums(provider);
    s.openUsdPerHour += usdPerHour;
    s.openRateTimesStart += usdPerHour * startMillis;
  }

  /** A task stopped and was billed {@code finalUsd} (minimum included). */
  public void close(String provider, double usdPerHour, long startMillis, double finalUsd) {
    Sums s = sums(provider);
    s.openUsdPerHour -= usdPerHour;
    s.openRateTimesStart -= usdPerHour * startMillis;
    s.closedUsd += finalUsd;
  }

  public double rateUsdPerHour(String provider) {
    return Math.max(0, sums(provider).openUsdPerHour);
  }

  public double cumulativeUsd(String provider, long now) {
    Sums s = sums(provider);
    return s.closedUsd + Math.max(0, (s.openUsdPerHour * now - s.openRateTimesStart) / 3_600_000.0);
  }

  private Sums sums(String provider) {
    return byProvider.computeIfAbsent(provider, p -> new Sums());
  }
}
