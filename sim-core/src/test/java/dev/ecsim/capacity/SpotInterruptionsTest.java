package dev.ecsim.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.capacity.SpotInterruptions.AtTimes;
import dev.ecsim.capacity.SpotInterruptions.Independent;
import dev.ecsim.capacity.SpotInterruptions.Never;
import dev.ecsim.capacity.SpotInterruptions.Reclaims;
import dev.ecsim.scenario.InterruptionSpec;
import dev.ecsim.scenario.InterruptionSpec.Band;
import dev.ecsim.scenario.InterruptionSpec.Event;
import dev.ecsim.scenario.InterruptionSpec.Rate;
import dev.ecsim.scenario.InterruptionSpec.Times;
import dev.ecsim.scenario.InterruptionSpec.Trace;
import dev.ecsim.scenario.ReclaimSpec;
import dev.ecsim.scenario.SpotSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * The spot interruption processes: which one a spot block makes, and whether their draws give the
 * configured rate. The statistical checks compare counts over many simulated instance-months with
 * 99.9 % two-sided bounds computed from the Poisson and binomial distributions, never with a
 * number read off a run.
 */
class SpotInterruptionsTest {
  private static final long HOUR = 3_600_000;
  private static final long MONTH = 730 * HOUR;
  private static final int INSTANCES = 20_000;
  private static final double TAIL = 0.0005;

  private static SpotSpec spot(InterruptionSpec process, Optional<ReclaimSpec> reclaim) {
    return new SpotSpec(OptionalDouble.empty(), process, reclaim, false, false);
  }

  @Test
  void eachSpotBlockMakesItsProcess() {
    assertThat(SpotInterruptions.of(SpotSpec.NONE)).isEqualTo(new Never());
    assertThat(SpotInterruptions.of(SpotSpec.ec2Default(OptionalDouble.empty())))
        .isEqualTo(new Independent(Band.UNDER_5.perHour()));
    assertThat(SpotInterruptions.of(spot(new Rate(0.5), Optional.of(new ReclaimSpec(0.25)))))
        .isEqualTo(new Reclaims(0.5, 0.25));
    assertThat(SpotInterruptions.of(spot(new Times(List.of(HOUR, HOUR, 2 * HOUR)), Optional.empty())))
        .isEqualTo(new AtTimes(List.of(new Event(HOUR, 2), new Event(2 * HOUR, 1))));
    assertThat(SpotInterruptions.of(spot(new Trace("t.csv", List.of(new Event(5, 3))), Optional.empty())))
        .isEqualTo(new AtTimes(List.of(new Event(5, 3))));
    // a spot provider that is never interrupted: a rate of 0 or no times
    assertThat(SpotInterruptions.of(spot(new Rate(0), Optional.of(new ReclaimSpec(0.5))))).isEqualTo(new Never());
    assertThat(SpotInterruptions.of(spot(new Times(List.of()), Optional.empty()))).isEqualTo(new Never());
  }

  @Test
  void aReclaimComesShareTimesLessOftenSoEachInstanceKeepsItsRate() {
    // share 0.5 of "5-10%": events at 2 x 1.06797e-4 = 2.13593e-4 per group-hour
    Reclaims r = new Reclaims(Band.FROM_5_TO_10.perHour(), 0.5);
    assertThat(r.eventsPerHour()).isCloseTo(2.13593e-4, within(1e-9));
  }

  @Test
  void aWholeShareOfTheGroupIsTakenExactlyWithoutADraw() {
    RandomGenerator a = new Well19937c(7);
    RandomGenerator b = new Well19937c(7);
    // 0.3 x 10 is 3.0000000000000004 in doubles: still exactly 3, never 4
    assertThat(new Reclaims(1, 0.3).count(10, a)).isEqualTo(3);
    assertThat(new Reclaims(1, 0.5).count(4, a)).isEqualTo(2);
    assertThat(new Reclaims(1, 1).count(7, a)).isEqualTo(7);
    assertThat(new Reclaims(1, 0.5).count(0, a)).isZero();
    assertThat(a.nextLong()).as("no draw was taken").isEqualTo(b.nextLong());
  }

  @Test
  void scheduledEventsTakeTheOldestStillRunning() {
    Event two = new Event(HOUR, 2);
    assertThat(AtTimes.victims(two, List.of("i-1", "i-2", "i-3"))).containsExactly("i-1", "i-2");
    assertThat(AtTimes.victims(two, List.of("i-9"))).containsExactly("i-9");
    assertThat(AtTimes.victims(two, List.<String>of())).isEmpty();
  }

  @Test
  void noticesStayWithinTheRepresentableTimes() {
    assertThat(new Independent(1e-300).noticeAt(0, new Well19937c(1))).isEmpty();
    assertThatThrownBy(() -> new Independent(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Reclaims(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AtTimes(List.of(new Event(5, 1), new Event(5, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * 20,000 instance slots for one 730-hour month, each replaced at once when interrupted: the
   * notices of a slot form a Poisson process at the configured rate, so the total is
   * Poisson(20,000 × λ × 730 h) = Poisson(20,000 × −ln(1 − p)); and each slot's first instance
   * is interrupted within the month with probability p, so those count Binomial(20,000, p).
   */
  @Test
  void interruptionsOverManyInstanceMonthsMatchEachBandAndFargateSpotsDefault() {
    List<Rate> processes = List.of(
        new Rate(Band.UNDER_5.perHour()), new Rate(Band.FROM_5_TO_10.perHour()),
        new Rate(Band.FROM_10_TO_15.perHour()), new Rate(Band.FROM_15_TO_20.perHour()),
        new Rate(Band.OVER_20.perHour()), (Rate) SpotSpec.fargateSpotDefault().interruption());
    List<Double> monthlyShares = List.of(0.025, 0.075, 0.125, 0.175, 0.25, 0.05);
    RandomGenerator rng = new Well19937c(20_260_105L);
    for (int k = 0; k < processes.size(); k++) {
      Independent process = new Independent(processes.get(k).perHour());
      double p = monthlyShares.get(k);
      long notices = 0;
      long firstInstancesInterrupted = 0;
      for (int slot = 0; slot < INSTANCES; slot++) {
        OptionalLong at = process.noticeAt(0, rng);
        if (at.isPresent() && at.getAsLong() <= MONTH) {
          firstInstancesInterrupted++;
        }
        while (at.isPresent() && at.getAsLong() <= MONTH) {
          notices++;
          at = process.noticeAt(at.getAsLong(), rng);
        }
      }
      PoissonDistribution total = new PoissonDistribution(null, INSTANCES * -Math.log(1 - p),
          PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
      assertThat(notices).as("notices at monthly share %s, expected %.1f", p, total.getMean())
          .isBetween((long) total.inverseCumulativeProbability(TAIL),
              (long) total.inverseCumulativeProbability(1 - TAIL));
      BinomialDistribution first = new BinomialDistribution(null, INSTANCES, p);
      assertThat(firstInstancesInterrupted).as("instances interrupted within their first month at %s", p)
          .isBetween((long) first.inverseCumulativeProbability(TAIL),
              (long) first.inverseCumulativeProbability(1 - TAIL));
    }
  }

  /**
   * 4,000 type × zone groups of 3 instances (replaced at once) for a month under "10-15%" with
   * share 0.5: reclaim events are Poisson(4,000 × 2λ × 730 h); each takes 1.5 of 3 on average, so
   * 1 or 2 with even odds, and the twos among E events count Binomial(E, 0.5). Together: 1.5 × 2λ
   * = 3λ instances per group-hour, λ per instance, as without the reclaim.
   */
  @Test
  void reclaimsKeepEachInstancesRateOverManyGroupMonths() {
    int groups = 4_000;
    Reclaims process = new Reclaims(Band.FROM_10_TO_15.perHour(), 0.5);
    RandomGenerator rng = new Well19937c(42);
    List<String> group = List.of("i-a", "i-b", "i-c");
    long events = 0;
    long twos = 0;
    for (int g = 0; g < groups; g++) {
      OptionalLong at = process.nextEventAfter(0, rng);
      while (at.isPresent() && at.getAsLong() <= MONTH) {
        events++;
        int taken = process.victims(group, rng).size();
        assertThat(taken).isBetween(1, 2);
        twos += taken - 1;
        at = process.nextEventAfter(at.getAsLong(), rng);
      }
    }
    PoissonDistribution expected = new PoissonDistribution(null, groups * process.eventsPerHour() * 730,
        PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
    assertThat(events).isBetween((long) expected.inverseCumulativeProbability(TAIL),
        (long) expected.inverseCumulativeProbability(1 - TAIL));
    BinomialDistribution half = new BinomialDistribution(null, (int) events, 0.5);
    assertThat(twos).isBetween((long) half.inverseCumulativeProbability(TAIL),
        (long) half.inverseCumulativeProbability(1 - TAIL));
  }
}
