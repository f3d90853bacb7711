package dev.ecsim.cost;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * One capacity provider's EC2 meters, kept so that a sample costs the number of open meters at a
 * changing price, never the number ever opened: a closed meter is folded into sums (per purchase
 * option, and billed seconds) and dropped; open meters at one constant price are summed per price
 * (count and launch times, exact integers) for the rate and the cost so far.
 */
final class ProviderMeters {
  /** Open meters at one constant price: how many, and the sum of their launch times. */
  private static final class SamePrice {
    long count;
    long startedAtSum;
  }

  /** Closed USD per purchase option, options in the order their first meter opened. */
  private final Map<String, double[]> closedUsdByOption = new LinkedHashMap<>();
  /** Per owner, allocations refunded with forgiven bills (TreeMap: one order for the sums). */
  private final Map<String, double[]> refunds = new TreeMap<>();
  private double closedUsd;
  private long closedSeconds;
  /** Every open meter, in opening order: walked once, when the bill closes. */
  private final LinkedHashSet<Ec2Billing.Meter> open = new LinkedHashSet<>();
  /** Open meters whose price changes (a spot price history): walked per sample, bounded by the live count. */
  private final LinkedHashSet<Ec2Billing.Meter> openVarying = new LinkedHashSet<>();
  /** Open constant-price meters by price, in price order. */
  private final TreeMap<Double, SamePrice> openConstant = new TreeMap<>();
  /** Price groups and varying meters walked by the samples so far: the complexity guards' count. */
  private long visits;

  void opened(Ec2Billing.Meter meter) {
    closedUsdByOption.computeIfAbsent(meter.purchaseOption(), o -> new double[1]);
    open.add(meter);
    if (meter.prices().isConstant()) {
      SamePrice same = openConstant.computeIfAbsent(meter.constantPrice(), p -> new SamePrice());
      same.count++;
      same.startedAtSum += meter.startedAt();
    } else {
      openVarying.add(meter);
    }
  }

  /** A forgiven bill's allocation to {@code owner}, refunded. */
  void refunded(String owner, double usd) {
    refunds.computeIfAbsent(owner, o -> new double[1])[0] += usd;
  }

  Map<String, double[]> refundsByOwner() {
    return refunds;
  }

  void closed(Ec2Billing.Meter meter, long billedSeconds, double usd) {
    open.remove(meter);
    if (meter.prices().isConstant()) {
      Double price = meter.constantPrice();
      SamePrice same = openConstant.get(price);
      same.count--;
      same.startedAtSum -= meter.startedAt();
      if (same.count == 0) {
        openConstant.remove(price);
      }
    } else {
      openVarying.remove(meter);
    }
    closedUsdByOption.get(meter.purchaseOption())[0] += usd;
    closedUsd += usd;
    closedSeconds += billedSeconds;
  }

  /** USD per hour of the open meters, each at its price in force at {@code now}. */
  double rateUsdPerHour(long now) {
    double rate = 0;
    for (Map.Entry<Double, SamePrice> e : openConstant.entrySet()) {
      rate += e.getValue().count * e.getKey();
    }
    for (Ec2Billing.Meter m : openVarying) {
      rate += m.prices().usdPerHourAt(now);
    }
    visits += openConstant.size() + openVarying.size();
    return rate;
  }

  /** Closed meters at their bill, open ones pro rata up to {@code now} (no minimum yet). */
  double cumulativeUsd(long now) {
    double total = closedUsd;
    for (Map.Entry<Double, SamePrice> e : openConstant.entrySet()) {
      // Σ (now - start) over the meters at this price, an exact integer of milliseconds.
      long millis = e.getValue().count * now - e.getValue().startedAtSum;
      total += Math.max(0, millis) * e.getKey() / 3_600_000.0;
    }
    for (Ec2Billing.Meter m : openVarying) {
      total += m.prices().usd(m.startedAt(), Math.max(m.startedAt(), now));
    }
    visits += openConstant.size() + openVarying.size();
    return total;
  }

  long visits() {
    return visits;
  }

  Collection<Ec2Billing.Meter> open() {
    return open;
  }

  Map<String, double[]> closedUsdByOption() {
    return closedUsdByOption;
  }

  double closedUsd() {
    return closedUsd;
  }

  long closedSeconds() {
    return closedSeconds;
  }
}
