package dev.ecsim.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of service auto scaling over random policies, capacity ranges, scheduled range changes
 * and minute-by-minute metrics, with a service that follows every decision and whose tasks start
 * after a random delay (docs/ecs-behaviour.md §6.1–§6.4).
 */
class ScalingProperties {
  private static final long MINUTE = 60_000;

  /** One minute: each metric's datapoint, or none (-1), and whether the tasks caught up. */
  record Minute(double cpu, double memory, boolean settle) {}

  @Provide
  Arbitrary<List<ScalingPolicySpec>> policies() {
    Arbitrary<ScalingPolicySpec> tracking = Combinators.combine(
            Arbitraries.of(PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION,
                PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION),
            Arbitraries.integers().between(10, 90), Arbitraries.longs().between(0, 6), Arbitraries.of(true, false))
        .as((metric, target, cooldown, noIn) -> new ScalingPolicySpec.TargetTracking(
            metric.name(), metric, target, cooldown * MINUTE, cooldown * MINUTE, noIn));
    Arbitrary<ScalingPolicySpec> step = Combinators.combine(
            Arbitraries.of(ComparisonOperator.values()), Arbitraries.integers().between(10, 90),
            Arbitraries.of(AdjustmentType.values()), Arbitraries.integers().between(1, 60),
            Arbitraries.of(TreatMissingData.values()), Arbitraries.integers().between(1, 3))
        .as((op, threshold, type, size, missing, n) -> {
          AlarmSpec alarm = new AlarmSpec(ServiceMetric.CPU_UTILIZATION, Statistic.AVERAGE, op, threshold,
              MINUTE, n, n, missing);
          int sign = op.breachesAbove() ? 1 : -1;
          int adjustment = type == AdjustmentType.EXACT_CAPACITY ? size : sign * size;
          List<StepAdjustment> steps = op.breachesAbove()
              ? List.of(Specs.step(0.0, 10.0, adjustment), Specs.step(10.0, null, adjustment * 2))
              : List.of(Specs.step(-10.0, 0.0, adjustment), Specs.step(null, -10.0, adjustment * 2));
          return new ScalingPolicySpec.StepScaling("step-" + op.name(), alarm, type, steps,
              type == AdjustmentType.PERCENT_CHANGE_IN_CAPACITY ? OptionalInt.of(1) : OptionalInt.empty(),
              MetricAggregationType.AVERAGE, 2 * MINUTE);
        });
    return Arbitraries.oneOf(tracking, step).list().ofMinSize(1).ofMaxSize(3)
        .uniqueElements(ScalingPolicySpec::name);
  }

  @Provide
  Arbitrary<List<Minute>> minutes() {
    Arbitrary<Double> metric = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(-1.0)),
        net.jqwik.api.Tuple.of(6, Arbitraries.doubles().between(0, 150).ofScale(1)));
    Arbitrary<Minute> one = Combinators.combine(metric, metric, Arbitraries.of(true, false)).as(Minute::new);
    // Runs of equal minutes, so that 3- and 15-datapoint alarms fire.
    return Combinators.combine(one, Arbitraries.integers().between(1, 20)).as((m, n) -> java.util.Collections.nCopies(n, m))
        .list().ofMaxSize(12).map(runs -> runs.stream().flatMap(List::stream).toList());
  }

  private static Map<ServiceMetric, OptionalDouble> metrics(Minute m) {
    Map<ServiceMetric, OptionalDouble> out = new EnumMap<>(ServiceMetric.class);
    out.put(ServiceMetric.CPU_UTILIZATION, m.cpu() < 0 ? OptionalDouble.empty() : OptionalDouble.of(m.cpu()));
    out.put(ServiceMetric.MEMORY_UTILIZATION, m.memory() < 0 ? OptionalDouble.empty() : OptionalDouble.of(m.memory()));
    return out;
  }

  @Property(tries = 300)
  void desiredStaysWithinMinAndMax(
      @ForAll("policies") List<ScalingPolicySpec> policies,
      @ForAll @IntRange(min = 0, max = 10) int min,
      @ForAll @IntRange(min = 0, max = 30) int spread,
      @ForAll @IntRange(min = 0, max = 100) int startAt,
      @ForAll("minutes") List<Minute> minutes,
      @ForAll @Size(max = 3) List<@IntRange(min = 1, max = 300) Integer> rangeChangesAtMinute) {
    int max = min + spread;
    List<ScheduledActionSpec> actions = new ArrayList<>();
    for (int i = 0; i < rangeChangesAtMinute.size(); i++) {
      int at = rangeChangesAtMinute.get(i);
      int newMin = (at * 7) % 12;
      actions.add(Specs.scheduled("s" + i, String.format("at(2026-01-05T%02d:%02d:00)", at / 60, at % 60),
          OptionalInt.of(newMin), OptionalInt.of(newMin + at % 9)));
    }
    ScalableTarget target = new ScalableTarget(new AutoScalingSpec(min, max, policies, actions), Specs.START);
    int desired = min + spread * startAt / 100;
    int running = desired;
    long now = 0;
    for (Minute m : minutes) {
      now += MINUTE;
      Decision d = target.decide(now, Observation.of(running, desired, metrics(m)));
      assertThat(d.desiredCount()).isBetween(d.minCapacity(), d.maxCapacity());
      desired = d.desiredCount();
      running = m.settle() ? desired : Math.min(running, desired);
    }
  }

  @Property(tries = 300)
  void aMinuteWithoutDataNeverChangesTheDesiredCount(
      @ForAll("policies") List<ScalingPolicySpec> policies,
      @ForAll("minutes") List<Minute> before,
      @ForAll @IntRange(min = 0, max = 40) int running,
      @ForAll @IntRange(min = 0, max = 40) int desired) {
    ScalableTarget target = new ScalableTarget(new AutoScalingSpec(0, 1000, policies, List.of()), Specs.START);
    long now = 0;
    for (Minute m : before) {
      now += MINUTE;
      target.decide(now, Observation.of(running, desired, metrics(m)));
    }
    Decision quiet = target.decide(now + MINUTE, Observation.of(running, desired, Map.of()));
    assertThat(quiet.desiredCount()).isEqualTo(desired);
    assertThat(quiet.activities()).isEmpty();
  }

  @Property
  void percentRoundingNeverReturnsZeroForANonZeroAdjustment(
      @ForAll @IntRange(min = 0, max = 10_000) int base,
      @ForAll @IntRange(min = -100, max = 1000) int percent) {
    int change = PercentChange.of(base, percent, OptionalInt.empty());
    assertThat(change == 0).isEqualTo(percent == 0);
    assertThat(Integer.signum(change)).isEqualTo(Integer.signum(percent));
    assertThat(Math.abs(change)).isLessThanOrEqualTo(Math.max(1, (int) Math.ceil(Math.abs(base * percent / 100.0))));
  }

  @Property
  void roundingAFractionalChangeNeverGivesZero(@ForAll double change) {
    Assume.that(change != 0 && Double.isFinite(change));
    assertThat(PercentChange.round(change)).isNotZero();
  }
}
