package dev.ecsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.workload.LoadProfile.Constant;
import dev.ecsim.workload.LoadProfile.Diurnal;
import dev.ecsim.workload.LoadProfile.Interpolation;
import dev.ecsim.workload.LoadProfile.Point;
import dev.ecsim.workload.LoadProfile.Spike;
import dev.ecsim.workload.LoadProfile.Spikes;
import dev.ecsim.workload.LoadProfile.Steps;
import dev.ecsim.workload.LoadProfile.Trace;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of offered load and what tasks make of it: rates are never negative; served never
 * exceeds offered nor the tasks' capacity; utilization stays within 0–100 %; and the exact
 * integrals agree with a plain one-second midpoint sum of the rate, DST changes included.
 */
class LoadProperties {
  static final long HOUR = 3_600_000;

  @Provide
  Arbitrary<LoadProfile> profiles() {
    return Arbitraries.oneOf(simpleProfiles(), spikes(simpleProfiles()));
  }

  @Provide
  Arbitrary<Diurnal> diurnals() {
    Arbitrary<Double> rates = Arbitraries.doubles().between(0, 5_000).ofScale(2);
    // Peaks near midnight make the part above a capacity wrap into the day before or after.
    Arbitrary<Integer> peakMinutes = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.integers().between(0, 23 * 60 + 59)),
        Tuple.of(1, Arbitraries.integers().between(0, 90)),
        Tuple.of(1, Arbitraries.integers().between(22 * 60 + 30, 23 * 60 + 59)));
    return Combinators.combine(
            rates, rates, peakMinutes,
            Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"),
            Arbitraries.doubles().between(0, 3).ofScale(2),
            Arbitraries.of("2026-03-27T00:00:00Z", "2026-10-23T12:00:00Z", "2026-04-03T17:00:00Z",
                "2026-11-01T00:00:00Z", "2026-01-05T00:00:00Z"))
        .as((a, b, peakMinute, zone, weekend, start) -> new Diurnal(Math.min(a, b), Math.max(a, b),
            LocalTime.of(peakMinute / 60, peakMinute % 60), ZoneId.of(zone), weekend, Instant.parse(start)));
  }

  Arbitrary<LoadProfile> simpleProfiles() {
    Arbitrary<Double> rates = Arbitraries.doubles().between(0, 5_000).ofScale(2);
    Arbitrary<LoadProfile> constant = rates.filter(r -> r > 0).map(Constant::new);
    Arbitrary<List<Point>> points = Combinators.combine(
            rates.list().ofMinSize(1).ofMaxSize(8),
            Arbitraries.longs().between(1, 4 * 3_600).list().ofSize(8))
        .as((rs, gaps) -> {
          List<Point> ps = new ArrayList<>();
          long at = 0;
          for (int i = 0; i < rs.size(); i++) {
            ps.add(new Point(at, rs.get(i)));
            at += gaps.get(i) * 1_000;
          }
          return ps;
        });
    Arbitrary<LoadProfile> steps = points.map(Steps::new);
    Arbitrary<LoadProfile> trace = Combinators.combine(points, Arbitraries.of(Interpolation.class))
        .as((ps, how) -> new Trace("t.csv", how, ps));
    return Arbitraries.oneOf(constant, steps, trace, diurnals().map(d -> d));
  }

  Arbitrary<LoadProfile> spikes(Arbitrary<LoadProfile> bases) {
    Arbitrary<Spike> spike = Combinators.combine(
            Arbitraries.longs().between(0, 24 * 3_600), Arbitraries.longs().between(1, 3 * 3_600),
            Arbitraries.doubles().between(0, 5).ofScale(2), Arbitraries.doubles().between(1, 5_000).ofScale(1),
            Arbitraries.of(true, false))
        .as((at, length, factor, added, multiply) -> multiply
            ? new Spike.Multiply(at * 1_000, length * 1_000, factor)
            : new Spike.Add(at * 1_000, length * 1_000, added));
    return Combinators.combine(bases, spike.list().ofMaxSize(4)).as(Spikes::new);
  }

  @Property(tries = 300)
  void theRateIsNeverNegative(@ForAll("profiles") LoadProfile profile,
      @ForAll @LongRange(min = 0, max = 14 * 24 * HOUR) long at) {
    assertThat(profile.ratePerSecond(at)).isGreaterThanOrEqualTo(0).isFinite();
  }

  @Property(tries = 100)
  void theExactIntegralsAgreeWithAOneSecondMidpointSum(@ForAll("profiles") LoadProfile profile,
      @ForAll @IntRange(min = 0, max = 3 * 24 * 3_600) int fromSecond,
      @ForAll @IntRange(min = 0, max = 4 * 3_600) int seconds,
      @ForAll @DoubleRange(min = 0, max = 6_000) double capacity) {
    assertMatchesMidpointSum(profile, fromSecond * 1_000L, fromSecond * 1_000L + seconds * 1_000L, capacity);
  }

  @Property(tries = 200)
  void theClosedFormDiurnalIntegralAgreesWithAMidpointSumWhereverTheCapacityCuts(
      @ForAll("diurnals") Diurnal diurnal,
      @ForAll @IntRange(min = 0, max = 3 * 24 * 3_600) int fromSecond,
      @ForAll @IntRange(min = 0, max = 26 * 3_600) int seconds,
      @ForAll @DoubleRange(min = 0, max = 1) double capacityBetweenMinAndMax) {
    double capacity = diurnal.minPerSecond()
        + capacityBetweenMinAndMax * (diurnal.maxPerSecond() - diurnal.minPerSecond());
    assertMatchesMidpointSum(diurnal, fromSecond * 1_000L, fromSecond * 1_000L + seconds * 1_000L, capacity);
  }

  private static void assertMatchesMidpointSum(LoadProfile profile, long from, long to, double capacity) {
    double sum = 0;
    double clipped = 0;
    double kinks = 0;
    for (long t = from; t < to; t += 1_000) {
      double r = profile.ratePerSecond(t + 500);
      sum += r;
      clipped += Math.min(r, capacity);
      // Where the rate crosses the capacity within a second, min(rate, capacity) has a kink and
      // the midpoint misses by up to a quarter of the change over that second.
      double first = profile.ratePerSecond(t);
      double last = profile.ratePerSecond(t + 999);
      if ((first - capacity) * (last - capacity) < 0) {
        kinks += Math.abs(last - first) / 4;
      }
    }
    // The midpoint rule is exact on constant and linear pieces whose edges fall on whole seconds
    // (every edge generated here does); on the smooth diurnal curve its error is far below a millionth.
    assertThat(profile.requests(from, to)).isCloseTo(sum, within(1e-6 * sum + 1e-3));
    assertThat(profile.requestsWithin(from, to, capacity)).isCloseTo(clipped, within(1e-6 * sum + 1e-3 + kinks));
  }

  @Property(tries = 200)
  void integralsAddUpOverAdjacentIntervals(@ForAll("profiles") LoadProfile profile,
      @ForAll @LongRange(min = 0, max = 3 * 24 * HOUR) long a,
      @ForAll @LongRange(min = 0, max = 24 * HOUR) long ab,
      @ForAll @LongRange(min = 0, max = 24 * HOUR) long bc,
      @ForAll @DoubleRange(min = 0, max = 6_000) double capacity) {
    double whole = profile.requestsWithin(a, a + ab + bc, capacity);
    double parts = profile.requestsWithin(a, a + ab, capacity) + profile.requestsWithin(a + ab, a + ab + bc, capacity);
    assertThat(parts).isCloseTo(whole, within(1e-9 * whole + 1e-6));
    // Clipped and unclipped integrals take different floating-point paths: allow rounding, 1e-9 relative.
    assertThat(whole).isLessThanOrEqualTo(profile.requests(a, a + ab + bc) * (1 + 1e-9) + 1e-9);
    assertThat(whole).isLessThanOrEqualTo(capacity * (ab + bc) / 1000.0 * (1 + 1e-9) + 1e-9);
  }

  @Property(tries = 300)
  void servedNeverExceedsOfferedNorCapacityAndUtilizationStaysWithinBounds(
      @ForAll @DoubleRange(min = 0, max = 1e6) double offered,
      @ForAll @IntRange(min = 0, max = 500) int running,
      @ForAll @DoubleRange(min = 0.01, max = 1e4) double capacityPerTask,
      @ForAll @DoubleRange(min = 0, max = 60) double baseline,
      @ForAll @DoubleRange(min = 0, max = 40) double perLoad) {
    ServiceLoad model = new ServiceLoad(capacityPerTask, 512, 1024, new MemoryModel(baseline, perLoad));
    LoadSnapshot s = model.at(offered, running);
    assertThat(s.servedPerSecond()).isBetween(0.0, offered);
    assertThat(s.servedPerSecond()).isLessThanOrEqualTo(running * capacityPerTask);
    assertThat(s.unservedPerSecond()).isGreaterThanOrEqualTo(0);
    assertThat(s.utilization().isPresent()).isEqualTo(running > 0);
    s.utilization().ifPresent(u -> {
      assertThat(u.cpuPercent()).isBetween(0.0, 100.0);
      assertThat(u.memoryPercent()).isBetween(0.0, 100.0);
      assertThat(u.cpuUnits()).isBetween(0.0, 512.0);
      assertThat(u.memoryMiB()).isBetween(0.0, 1024.0);
    });
  }

  @Property(tries = 200)
  void totalsOverAnIntervalKeepTheSameBounds(@ForAll("profiles") LoadProfile profile,
      @ForAll @LongRange(min = 0, max = 3 * 24 * HOUR) long from,
      @ForAll @LongRange(min = 0, max = 12 * HOUR) long length,
      @ForAll @IntRange(min = 0, max = 40) int running,
      @ForAll @DoubleRange(min = 1, max = 500) double capacityPerTask) {
    ServiceLoad model = new ServiceLoad(capacityPerTask, 1024, 2048, new MemoryModel(30, 50));
    LoadTotals t = model.over(profile, from, from + length, running);
    assertThat(t.servedRequests()).isBetween(0.0, t.offeredRequests());
    assertThat(t.servedRequests()).isLessThanOrEqualTo(running * capacityPerTask * length / 1000.0 * (1 + 1e-12));
    assertThat(t.unservedRequests()).isGreaterThanOrEqualTo(0);
    t.cpuUtilizationPercent().ifPresent(u -> assertThat(u).isBetween(0.0, 100.0));
    t.memoryUtilizationPercent().ifPresent(u -> assertThat(u).isBetween(30.0 - 1e-9, 80.0 + 1e-9));
    t.unservedFraction().ifPresent(f -> assertThat(f).isBetween(0.0, 1.0));
  }
}
