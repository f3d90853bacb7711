package dev.ecsim.cost;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The EC2 bill: each instance is billed per second from {@code running} to termination, with a
 * 60-second minimum (EC2 UG: concepts; docs/ecs-behaviour.md §4.2). When the run ends, instances
 * still running are billed up to the horizon, minimum included. A Spot Instance that EC2 interrupts
 * is free if it ran less than an hour, else billed the seconds it ran (EC2 UG: "Billing for
 * interrupted Spot Instances"; docs/modelling.md). With a spot price history the price changes in
 * steps: the bill is the integral of the price over the billed seconds, counted from launch, so a
 * run shorter than the minimum pays 60 s at the prices in force from its start (docs/modelling.md,
 * Prices).
 *
 * <p>A closed meter is folded into its provider's sums and forgotten, so the cost gauges sampled
 * every period cost the number of meters open now, not the number ever opened.
 */
public final class Ec2Billing {
  public static final long MINIMUM_BILLED_SECONDS = PerSecondBilling.MINIMUM_BILLED_SECONDS;
  /** An interrupted Spot Instance that ran less than this is not charged. */
  static final long FREE_INTERRUPTION_MILLIS = 3_600_000;

  /** One instance's meter: its price schedule, the purchase option it was bought under, when it ran. */
  public static final class Meter {
    private final ProviderMeters provider;
    private final PriceSchedule prices;
    private final String purchaseOption;
    private final long startedAt;
    private long stoppedAt;
    private boolean stopped;
    /** What the instance's tasks were charged, per owner: refunded if EC2 forgives the bill. */
    private Map<String, double[]> allocatedByOwner = Map.of();

    private Meter(ProviderMeters provider, PriceSchedule prices, String purchaseOption, long startedAt) {
      this.provider = provider;
      this.prices = prices;
      this.purchaseOption = purchaseOption;
      this.startedAt = startedAt;
    }

    public PriceSchedule prices() {
      return prices;
    }

    String purchaseOption() {
      return purchaseOption;
    }

    long startedAt() {
      return startedAt;
    }

    double constantPrice() {
      return prices.usdPerHourAt(0);
    }

    /** The user or scale-in terminated the instance: billing stops here, 60-second minimum. */
    public void stop(long at) {
      stop(at, StopCause.TERMINATED);
    }

    /**
     * The instance is terminated for {@code cause}: billing stops here and the meter's bill is
     * final. Returns the seconds billed: 0 for a Spot Instance EC2 interrupted in its first hour.
     */
    public long stop(long at, StopCause cause) {
      if (stopped) {
        throw new IllegalStateException("meter already stopped at " + stoppedAt);
      }
      stopped = true;
      stoppedAt = Math.max(at, startedAt);
      long seconds = cause == StopCause.SPOT_INTERRUPTION
          ? interruptedBilledSeconds(stoppedAt - startedAt) : billedSeconds(stoppedAt - startedAt);
      provider.closed(this, seconds, billedUsd(this, seconds));
      if (seconds == 0) {
        // EC2 forgave the instance's first hour: so are the charges of the tasks that ran on it.
        allocatedByOwner.forEach((owner, usd) -> provider.refunded(owner, usd[0]));
      }
      allocatedByOwner = Map.of();
      return seconds;
    }

    /**
     * A task of {@code owner} on this instance was charged {@code usd} as its share (cost
     * allocation), before anyone knows whether EC2 will forgive the instance's first hour.
     */
    public void allocated(String owner, double usd) {
      if (allocatedByOwner.isEmpty()) {
        allocatedByOwner = new TreeMap<>(); // by owner, so refunds add up in one order
      }
      allocatedByOwner.computeIfAbsent(owner, o -> new double[1])[0] += usd;
    }
  }

  private final Map<String, ProviderMeters> providers = new LinkedHashMap<>();

  /** Starts billing, at one price all along, an instance that entered {@code running} at {@code startedAt}. */
  public Meter open(String provider, double usdPerHour, String purchaseOption, long startedAt) {
    return open(provider, PriceSchedule.constant(usdPerHour), purchaseOption, startedAt);
  }

  /** Starts billing an instance that entered {@code running} at {@code startedAt}, at its type's prices. */
  public Meter open(String provider, PriceSchedule prices, String purchaseOption, long startedAt) {
    ProviderMeters meters = providers.computeIfAbsent(provider, p -> new ProviderMeters());
    Meter meter = new Meter(meters, Objects.requireNonNull(prices, "prices"), purchaseOption, startedAt);
    meters.opened(meter);
    return meter;
  }

  /** Whole seconds billed for a run of {@code millis}: rounded up, at least 60. */
  public static long billedSeconds(long millis) {
    return PerSecondBilling.billedSeconds(millis);
  }

  /**
   * Whole seconds billed for a Spot Instance EC2 interrupted after {@code millis}: none within its
   * first instance-hour, else every second it ran (no minimum question: it ran over an hour).
   */
  public static long interruptedBilledSeconds(long millis) {
    return millis < FREE_INTERRUPTION_MILLIS ? 0 : (millis + 999) / 1000;
  }

  public static double usd(long billedSeconds, double usdPerHour) {
    return PerSecondBilling.usd(billedSeconds, usdPerHour);
  }

  /** USD per hour being billed now for a provider's running instances, each at the price in force now. */
  public double rateUsdPerHour(String provider, long now) {
    ProviderMeters meters = providers.get(provider);
    return meters == null ? 0 : meters.rateUsdPerHour(now);
  }

  /**
   * USD billed for a provider up to {@code now}: terminated instances at their final bill, running
   * ones pro rata so far (the minimum is charged when the meter closes, and a Spot Instance
   * interrupted in its first hour then drops to nothing).
   */
  public double cumulativeUsd(String provider, long now) {
    ProviderMeters meters = providers.get(provider);
    return meters == null ? 0 : meters.cumulativeUsd(now);
  }

  /** Price groups and open meters the gauges have walked so far: what the complexity guards count. */
  public long metersVisited() {
    long visited = 0;
    for (ProviderMeters meters : providers.values()) {
      visited += meters.visits();
    }
    return visited;
  }

  /** Meters held open, over every provider: what the bill retains (closed ones are only sums). */
  int retainedMeters() {
    int retained = 0;
    for (ProviderMeters meters : providers.values()) {
      retained += meters.open().size();
    }
    return retained;
  }

  /** The final bill per provider, purchase option and in total, with every open meter closed at {@code end}. */
  public Bill close(long end) {
    Map<String, Double> byProvider = new LinkedHashMap<>();
    Map<String, Double> byPurchaseOption = new LinkedHashMap<>();
    double total = 0;
    long billedSeconds = 0;
    for (Map.Entry<String, ProviderMeters> e : providers.entrySet()) {
      ProviderMeters meters = e.getValue();
      double providerUsd = meters.closedUsd();
      Map<String, Double> providerByOption = new LinkedHashMap<>();
      meters.closedUsdByOption().forEach((option, usd) -> providerByOption.put(option, usd[0]));
      billedSeconds += meters.closedSeconds();
      for (Meter m : meters.open()) {
        long seconds = billedSeconds(end - m.startedAt);
        double usd = billedUsd(m, seconds);
        providerUsd += usd;
        providerByOption.merge(m.purchaseOption, usd, Double::sum);
        billedSeconds += seconds;
      }
      byProvider.put(e.getKey(), providerUsd);
      providerByOption.forEach((option, usd) -> byPurchaseOption.merge(option, usd, Double::sum));
      total += providerUsd;
    }
    return new Bill(total, byProvider, byPurchaseOption, billedSeconds, refundsByOwner());
  }

  /**
   * The prices integrated over {@code seconds} from launch. A constant price takes the per-second
   * formula itself, so on-demand bills stay exactly what they were before prices could change.
   */
  private static double billedUsd(Meter m, long seconds) {
    return m.prices.isConstant() ? usd(seconds, m.constantPrice())
        : m.prices.usd(m.startedAt, m.startedAt + seconds * 1000);
  }

  /**
   * USD refunded per owner (service or job) because EC2 forgave the first hour of the interrupted
   * Spot Instance its tasks ran on (EC2 UG: "Billing for interrupted Spot Instances"): cost
   * allocation takes it back, so the split still adds up to the bill and "idle" stays what no task
   * reserved.
   */
  public Map<String, Double> refundsByOwner() {
    Map<String, Double> out = new TreeMap<>();
    for (ProviderMeters meters : providers.values()) {
      meters.refundsByOwner().forEach((owner, usd) -> out.merge(owner, usd[0], Double::sum));
    }
    return out;
  }

  /**
   * A closed bill.
   *
   * @param allocationRefundsByOwner per service or job, the task charges taken back because EC2
   *     forgave the interrupted Spot Instance they ran on ({@link #refundsByOwner})
   */
  public record Bill(double totalUsd, Map<String, Double> byCapacityProvider, Map<String, Double> byPurchaseOption,
      long billedSeconds, Map<String, Double> allocationRefundsByOwner) {}
}
