package dev.ecsim.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EC2 bill: each instance is billed per second from {@code running} to termination, with a
 * 60-second minimum (EC2 UG: concepts; reference §4.2). When the run ends, instances still running
 * are billed up to the horizon, minimum included. An interrupted spot instance is billed the same
 * way for the time it ran (reference §4.3, ecsim decision 6).
 */
public final class Ec2Billing {
  public static final long MINIMUM_BILLED_SECONDS = PerSecondBilling.MINIMUM_BILLED_SECONDS;

  /** One instance's meter: its price, the purchase option it was bought under, when it ran. */
  public static final class Meter {
    private final double usdPerHour;
    private final String purchaseOption;
    private final long startedAt;
    private long stoppedAt;
    private boolean stopped;

    private Meter(double usdPerHour, String purchaseOption, long startedAt) {
      this.usdPerHour = usdPerHour;
      this.purchaseOption = purchaseOption;
      this.startedAt = startedAt;
    }

    public double usdPerHour() {
      return usdPerHour;
    }

    /** The instance is terminated: billing stops here. */
    public void stop(long at) {
      if (stopped) {
        throw new IllegalStateException("meter already stopped at " + stoppedAt);
      }
      stopped = true;
      stoppedAt = Math.max(at, startedAt);
    }

    private boolean runningAt(long now) {
      return startedAt <= now && !stopped;
    }

    private long endOr(long end) {
      return stopped ? stoppedAt : end;
    }
  }

  private final Map<String, List<Meter>> metersByProvider = new LinkedHashMap<>();

  /** Starts billing an instance that entered {@code running} at {@code startedAt}. */
  public Meter open(String provider, double usdPerHour, String purchaseOption, long startedAt) {
    Meter meter = new Meter(usdPerHour, purchaseOption, startedAt);
    metersByProvider.computeIfAbsent(provider, p -> new ArrayList<>()).add(meter);
    return meter;
  }

  /** Whole seconds billed for a run of {@code millis}: rounded up, at least 60. */
  public static long billedSeconds(long millis) {
    return PerSecondBilling.billedSeconds(millis);
  }

  public static double usd(long billedSeconds, double usdPerHour) {
    return PerSecondBilling.usd(billedSeconds, usdPerHour);
  }

  /** USD per hour being billed now for a provider's running instances. */
  public double rateUsdPerHour(String provider, long now) {
    double rate = 0;
    for (Meter m : metersByProvider.getOrDefault(provider, List.of())) {
      if (m.runningAt(now)) {
        rate += m.usdPerHour;
      }
    }
    return rate;
  }

  /**
   * USD billed for a provider up to {@code now}: terminated instances at their final bill, running
   * ones pro rata so far (the minimum is charged when the meter closes).
   */
  public double cumulativeUsd(String provider, long now) {
    double total = 0;
    for (Meter m : metersByProvider.getOrDefault(provider, List.of())) {
      total += meterUsd(m, now);
    }
    return total;
  }

  /** The final bill per provider, purchase option and in total, with every meter closed at {@code end}. */
  public Bill close(long end) {
    Map<String, Double> byProvider = new LinkedHashMap<>();
    Map<String, Double> byPurchaseOption = new LinkedHashMap<>();
    double total = 0;
    long billedSeconds = 0;
    for (Map.Entry<String, List<Meter>> e : metersByProvider.entrySet()) {
      for (Meter m : e.getValue()) {
        long seconds = billedSeconds(m.endOr(end) - m.startedAt);
        double usd = usd(seconds, m.usdPerHour);
        byProvider.merge(e.getKey(), usd, Double::sum);
        byPurchaseOption.merge(m.purchaseOption, usd, Double::sum);
        total += usd;
        billedSeconds += seconds;
      }
    }
    return new Bill(total, byProvider, byPurchaseOption, billedSeconds);
  }

  private static double meterUsd(Meter m, long now) {
    if (m.stopped) {
      return usd(billedSeconds(m.stoppedAt - m.startedAt), m.usdPerHour);
    }
    return Math.max(0, now - m.startedAt) * m.usdPerHour / 3_600_000.0;
  }

  /** A closed bill. */
  public record Bill(double totalUsd, Map<String, Double> byCapacityProvider, Map<String, Double> byPurchaseOption,
      long billedSeconds) {}
}
