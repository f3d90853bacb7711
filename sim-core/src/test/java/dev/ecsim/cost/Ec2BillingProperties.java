package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.cost.PriceSchedule.Step;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The bill against a meter-by-meter reference written from the rules (per second, 60 s minimum;
 * an EC2 interruption free in the first hour, per second after it): whatever sequence of launches
 * and terminations, the bill, the rate and the cost so far agree with it, and the billing retains
 * only the meters open now, never more than the peak of instances running at once.
 */
class Ec2BillingProperties {
  private static final long HOUR = 3_600_000;
  private static final List<PriceSchedule> PRICES = List.of(PriceSchedule.constant(0.096),
      PriceSchedule.constant(0.0384), new PriceSchedule(List.of(new Step(0, 0.04), new Step(HOUR, 0.06))));

  /** 0: open (price k), 1: stop the k-th open meter as scale-in, 2: as a spot interruption; after {@code gap} ms. */
  record Op(int kind, int k, long gap) {}

  private static final class Model {
    final PriceSchedule prices;
    final String option;
    final long start;
    long end = -1;
    StopCause cause;
    final Ec2Billing.Meter meter;

    Model(PriceSchedule prices, String option, long start, Ec2Billing.Meter meter) {
      this.prices = prices;
      this.option = option;
      this.start = start;
      this.meter = meter;
    }

    long seconds(long horizon) {
      long millis = (end < 0 ? horizon : end) - start;
      if (end >= 0 && cause == StopCause.SPOT_INTERRUPTION) {
        return millis < HOUR ? 0 : (millis + 999) / 1000;
      }
      return Math.max(60, (millis + 999) / 1000);
    }

    double usd(long horizon) {
      return prices.usd(start, start + seconds(horizon) * 1000);
    }
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 99),
        Arbitraries.longs().between(0, 2 * HOUR)).as(Op::new).list().ofMaxSize(120);
  }

  @Property
  void theBillFollowsTheRulesAndRetainsOnlyOpenMeters(@ForAll("ops") List<Op> ops) {
    Ec2Billing billing = new Ec2Billing();
    List<Model> all = new ArrayList<>();
    List<Model> open = new ArrayList<>();
    int peak = 0;
    long now = 0;
    for (Op op : ops) {
      now += op.gap();
      if (op.kind() == 0 || open.isEmpty()) {
        PriceSchedule prices = PRICES.get(op.k() % PRICES.size());
        String option = op.k() % 2 == 0 ? "spot" : "on-demand";
        Model m = new Model(prices, option, now, billing.open("p" + op.k() % 2, prices, option, now));
        all.add(m);
        open.add(m);
      } else {
        Model m = open.remove(op.k() % open.size());
        m.end = now;
        m.cause = op.kind() == 1 ? StopCause.TERMINATED : StopCause.SPOT_INTERRUPTION;
        m.meter.stop(now, m.cause);
      }
      peak = Math.max(peak, open.size());
      assertThat(billing.retainedMeters()).isEqualTo(open.size()).isLessThanOrEqualTo(peak);
      for (String provider : List.of("p0", "p1")) {
        long before = billing.metersVisited();
        double rate = billing.rateUsdPerHour(provider, now);
        double soFar = billing.cumulativeUsd(provider, now);
        List<Model> mine = all.stream().filter(m -> provider.equals(providerOf(m))).toList();
        long live = mine.stream().filter(m -> m.end < 0).count();
        // Each gauge walks at most one entry per live meter (price groups or varying meters).
        assertThat(billing.metersVisited() - before).isLessThanOrEqualTo(2 * live);
        final long t = now;
        assertThat(rate).isCloseTo(mine.stream().filter(m -> m.end < 0)
            .mapToDouble(m -> m.prices.usdPerHourAt(t)).sum(), within(1e-9));
        assertThat(soFar).isCloseTo(mine.stream().mapToDouble(m -> m.end < 0 ? m.prices.usd(m.start, t) : m.usd(t))
            .sum(), within(1e-9));
      }
    }
    long horizon = now + HOUR;
    Ec2Billing.Bill bill = billing.close(horizon);
    assertThat(bill.totalUsd()).isGreaterThanOrEqualTo(0)
        .isCloseTo(all.stream().mapToDouble(m -> m.usd(horizon)).sum(), within(1e-9));
    assertThat(bill.billedSeconds()).isEqualTo(all.stream().mapToLong(m -> m.seconds(horizon)).sum());
    for (String option : List.of("spot", "on-demand")) {
      double expected = all.stream().filter(m -> m.option.equals(option)).mapToDouble(m -> m.usd(horizon)).sum();
      assertThat(bill.byPurchaseOption().getOrDefault(option, 0.0)).isCloseTo(expected, within(1e-9));
    }
  }

  private static String providerOf(Model m) {
    return m.option.equals("spot") ? "p0" : "p1";
  }
}
