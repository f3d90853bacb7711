package dev.ecsim.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.cost.PriceSchedule.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The integral of a step price is additive over intervals and bounded by its lowest and highest price. */
class PriceScheduleProperties {
  private static final long DAY = 86_400_000;

  /** Up to 20 steps within a day, the first at 0, each price from $0.001 to $10 per hour. */
  @Provide
  Arbitrary<PriceSchedule> schedules() {
    Arbitrary<List<Long>> gaps = Arbitraries.longs().between(1, DAY / 10).list().ofMaxSize(19);
    Arbitrary<List<Double>> prices = Arbitraries.doubles().between(0.001, 10).ofScale(4).list().ofSize(20);
    return Combinators.combine(gaps, prices).as((g, p) -> {
      List<Step> steps = new ArrayList<>(List.of(new Step(0, p.get(0))));
      long at = 0;
      for (int i = 0; i < g.size(); i++) {
        at += g.get(i);
        steps.add(new Step(at, p.get(i + 1)));
      }
      return new PriceSchedule(steps);
    });
  }

  @Property
  void theIntegralOverTwoAdjacentIntervalsIsTheirSum(@ForAll("schedules") PriceSchedule prices,
      @ForAll @LongRange(min = 0, max = 3 * DAY) long x, @ForAll @LongRange(min = 0, max = 3 * DAY) long y,
      @ForAll @LongRange(min = 0, max = 3 * DAY) long z) {
    long[] t = {x, y, z};
    Arrays.sort(t);
    long a = t[0];
    long b = t[1];
    long c = t[2];
    double whole = prices.usd(a, c);
    assertThat(whole).isCloseTo(prices.usd(a, b) + prices.usd(b, c), within(1e-9 * Math.max(1, whole)));
  }

  @Property
  void theIntegralIsBetweenTheLowestAndHighestPriceTimesTheTime(@ForAll("schedules") PriceSchedule prices,
      @ForAll @LongRange(min = 0, max = 3 * DAY) long from, @ForAll @LongRange(min = 0, max = DAY) long length) {
    double min = prices.steps().stream().mapToDouble(Step::usdPerHour).min().orElseThrow();
    double max = prices.steps().stream().mapToDouble(Step::usdPerHour).max().orElseThrow();
    double hours = length / 3_600_000.0;
    double usd = prices.usd(from, from + length);
    double slack = 1e-12 * Math.max(1, max * hours);
    assertThat(usd).isBetween(min * hours - slack, max * hours + slack);
  }
}
