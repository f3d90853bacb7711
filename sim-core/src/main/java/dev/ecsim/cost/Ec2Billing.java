package dev.ecsim.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The EC2 bill: each instance is billed per second from {@code running} to termination, with a
 * 60-second minimum (EC2 UG: concepts; reference §4.2). When the run ends, instances still running
 * are billed up to the horizon, minimum included. An interrupted spot instance is billed the same
 * way for the time it ran (reference §4.3, ecsim decision 6). With a spot price history the price
 * changes in steps: the bill is the integral of the price over the billed seconds, counted from
 * launch, so a run shorter than the minimum pays 60 s at the prices in force from its start
 * (docs/modelling.md, Prices).
 */
public final class Ec2Billing {
  public static final long MINIMUM_BILLED_SECONDS = PerSecondBilling.MINIMUM_BILLED_SECONDS;

  /** One instance's meter: its price schedule, the purchase option it was bought under, when it ran. */
  public static final class Meter {
    private final PriceSchedule prices;
    private final String purchaseOption;
    private final long startedAt;
    private long stoppedAt;
    private boolean stopped;

    private Meter(PriceSchedule prices, String purchaseOption, long startedAt) {
      this.prices = prices;
      this.purchaseOption = purchaseOption;
      this.startedAt = startedAt;
    }

    public PriceSchedule prices() {
      return prices;
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

  /** Starts billing, at one price all along, an instance that entered {@code running} at {@code startedAt}. */
  public Meter open(String provider, double usdPerHour, String purchaseOption, long startedAt) {
    return open(provider, PriceSchedule.constant(usdPerHour), purchaseOption, startedAt);
  }

  /** Starts billing an instance that entered {@code running} at {@code startedAt}, at its type's prices. */
  public Meter open(String provider, PriceSchedule prices, String purchaseOption, long startedAt) {
    Meter meter = new Meter(Objects.requireNonNull(prices, "prices"), purchaseOption, startedAt);
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

  /** USD per hour being billed now for a provider's running instances, each at the price in force now. */
  public double rateUsdPerHour(String provider, long now) {
    double rate = 0;
    for (Meter m : metersByProvider.getOrDefault(provider, List.of())) {
      if (m.runningAt(now)) {
        rate += m.prices.usdPerHourAt(now);
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
        double usd = billedUsd(m, seconds);
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
      return billedUsd(m, billedSeconds(m.stoppedAt - m.startedAt));
    }
    return m.prices.usd(m.startedAt, Math.max(m.startedAt, now));
  }

  /**
   * The prices integrated over {@code seconds} from launch. A constant price takes the per-second
   * formula itself, so on-demand bills stay exactly what they were before prices could change.
   */
  private static double billedUsd(Meter m, long seconds) {
    return m.prices.isConstant() ? usd(seconds, m.prices.usdPerHourAt(m.startedAt))
        : m.prices.usd(m.startedAt, m.startedAt + seconds * 1000);
  }

  /** A closed bill. */
  public record Bill(double totalUsd, Map<String, Double> byCapacityProvider, Map<String, Double> byPurchaseOption,
      long billedSeconds) {}
}
