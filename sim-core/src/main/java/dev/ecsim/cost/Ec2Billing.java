package dev.ecsim.cost;

import dev.ecsim.cluster.ContainerInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EC2 bill: each instance is billed per second from {@code running} to termination, with a
 * 60-second minimum (EC2 UG: concepts; reference §4.2). When the run ends, instances still running
 * are billed up to the horizon, minimum included.
 */
public final class Ec2Billing {
  public static final long MINIMUM_BILLED_SECONDS = PerSecondBilling.MINIMUM_BILLED_SECONDS;

  /** One instance's meter: its price and the purchase option it was bought under. */
  private record Meter(ContainerInstance instance, double usdPerHour, String purchaseOption) {}

  private final Map<String, List<Meter>> metersByProvider = new LinkedHashMap<>();

  public void open(ContainerInstance instance, double usdPerHour, String purchaseOption) {
    metersByProvider.computeIfAbsent(instance.capacityProvider(), p -> new ArrayList<>())
        .add(new Meter(instance, usdPerHour, purchaseOption));
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
      if (m.instance.terminatedAt().isEmpty() && m.instance.launchedAt() <= now) {
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
        long stop = m.instance.terminatedAt().orElse(end);
        long seconds = billedSeconds(stop - m.instance.launchedAt());
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
    if (m.instance.terminatedAt().isPresent()) {
      return usd(billedSeconds(m.instance.terminatedAt().getAsLong() - m.instance.launchedAt()), m.usdPerHour);
    }
    return Math.max(0, now - m.instance.launchedAt()) * m.usdPerHour / 3_600_000.0;
  }

  /** A closed bill. */
  public record Bill(double totalUsd, Map<String, Double> byCapacityProvider, Map<String, Double> byPurchaseOption,
      long billedSeconds) {}
}
