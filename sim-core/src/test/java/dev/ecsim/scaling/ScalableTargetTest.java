package dev.ecsim.scaling;

import static dev.ecsim.scaling.Specs.cpu;
import static dev.ecsim.scaling.Specs.memory;
import static dev.ecsim.scaling.Specs.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * How a scalable target combines its policies and scheduled actions
 * (docs/ecs-behaviour.md §6.1, §6.2, §6.4): any policy scales out, target tracking scales in only
 * when every such policy agrees, the largest capacity wins, and [min, max] holds.
 */
class ScalableTargetTest {

  private static Map<ServiceMetric, OptionalDouble> load(double cpu, double memory) {
    return Map.of(ServiceMetric.CPU_UTILIZATION, OptionalDouble.of(cpu),
        ServiceMetric.MEMORY_UTILIZATION, OptionalDouble.of(memory));
  }

  @Test
  void anyPolicyScalesOutAndTheLargestCapacityWins() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu", 60), memory("mem", 50)), 6);
    // CPU 90: ceil(6 × 90 / 60) = 9; memory 100: ceil(6 × 100 / 50) = 12 -> 12.
    Decision d = s.minutes(3, load(90, 100));
    assertThat(d.desiredCount()).isEqualTo(12);
    assertThat(d.activities()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("mem"));
    assertThat(s.target.metrics()).containsExactlyInAnyOrder(ServiceMetric.CPU_UTILIZATION,
        ServiceMetric.MEMORY_UTILIZATION);
  }

  @Test
  void targetTrackingScalesInOnlyWhenEveryPolicyAgrees() {
    // CPU is low, memory on target: no scale-in, however long.
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu", 60), memory("mem", 50)), 10);
    assertThat(s.minutes(30, load(20, 50)).desiredCount()).isEqualTo(10);
    // Both low for 15 minutes: ceil(10 × 30 / 60) = 5 and ceil(10 × 40 / 50) = 8; the larger, 8, wins.
    Decision d = s.minutes(15, load(30, 40));
    assertThat(d.desiredCount()).isEqualTo(8);
    assertThat(d.activities()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("mem"));
  }

  @Test
  void aPolicyWithScaleInDisabledDoesNotHoldTheOthersBack() {
    var noIn = new dev.ecsim.scaling.ScalingPolicySpec.TargetTracking("mem",
        PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION, 50, 300_000, 300_000, true);
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu", 60), noIn), 10);
    assertThat(s.minutes(15, load(30, 50)).desiredCount()).isEqualTo(5);
  }

  @Test
  void belowMinAScaleOutLiftsToMinAndAScaleInDoesNothing() {
    // Desired 2 under min 5 (set outside auto scaling): a scale-out to ceil(2 × 90 / 60) = 3 lifts to 5.
    Specs.Service s = new Specs.Service(target(5, 40, cpu("cpu", 60)), 2);
    assertThat(s.minutes(3, Specs.cpuAt(90)).desiredCount()).isEqualTo(5);
    Specs.Service low = new Specs.Service(target(5, 40, cpu("cpu", 60)), 2);
    assertThat(low.minutes(15, Specs.cpuAt(10)).desiredCount()).isEqualTo(2);
  }

  @Test
  void aboveMaxAScaleInLowersToMaxAndAScaleOutDoesNothing() {
    Specs.Service s = new Specs.Service(target(1, 8, cpu("cpu", 60)), 12);
    assertThat(s.minutes(3, Specs.cpuAt(90)).desiredCount()).isEqualTo(12);
    // ceil(12 × 50 / 60) = 10, held to max 8.
    Decision d = s.minutes(15, Specs.cpuAt(50));
    assertThat(d.desiredCount()).isEqualTo(8);
    assertThat(d.activities()).singleElement().satisfies(a -> assertThat(a.cause()).contains("(held to [1, 8])"));
  }

  @Test
  void aScheduledActionSetsTheRangeAndPushesDesiredIntoIt() {
    // Business hours: min 10 at 08:00 on weekdays in Berlin (07:00Z in winter); max 3 at 20:00.
    ScheduledActionSpec morning = new ScheduledActionSpec("morning", Schedule.parse("cron(0 8 ? * MON-FRI *)"),
        ZoneId.of("Europe/Berlin"), Optional.empty(), Optional.empty(), OptionalInt.of(10), OptionalInt.empty());
    ScheduledActionSpec evening = Specs.scheduled("evening", "cron(0 19 ? * MON-FRI *)", OptionalInt.of(1),
        OptionalInt.of(3));
    ScalableTarget t = new ScalableTarget(new AutoScalingSpec(2, 40, List.of(cpu("cpu", 60)),
        List.of(morning, evening)), Specs.START); // Monday 2026-01-05 00:00Z
    long sevenZ = 7 * 60 * Specs.MINUTE;
    assertThat(t.decide(sevenZ - Specs.MINUTE, Observation.of(4, 4, Map.of())).desiredCount()).isEqualTo(4);
    Decision at7 = t.decide(sevenZ, Observation.of(4, 4, Map.of()));
    assertThat(at7.desiredCount()).isEqualTo(10);
    assertThat(at7.minCapacity()).isEqualTo(10);
    assertThat(at7.activities()).singleElement().isInstanceOfSatisfying(ScalingActivity.ScheduledChange.class, a -> {
      assertThat(a.applied()).isTrue();
      assertThat(a.oldDesired()).isEqualTo(4);
      assertThat(a.newDesired()).isEqualTo(10);
      assertThat(a.cause()).contains("at 2026-01-05T07:00:00Z: minCapacity 2 → 10, maxCapacity 40 → 40");
    });
    // 19:00Z: min 1, max 3 -> desired 10 pushed down to 3.
    Decision at19 = t.decide(19 * 60 * Specs.MINUTE, Observation.of(10, 10, Map.of()));
    assertThat(at19.desiredCount()).isEqualTo(3);
    assertThat(at19.maxCapacity()).isEqualTo(3);
  }

  @Test
  void aScheduledActionThatWouldCrossMinAndMaxIsNotApplied() {
    ScheduledActionSpec bad = Specs.scheduled("bad", "at(2026-01-05T01:00:00)", OptionalInt.of(50), OptionalInt.empty());
    ScalableTarget t = new ScalableTarget(new AutoScalingSpec(2, 40, List.of(), List.of(bad)), Specs.START);
    Decision d = t.decide(60 * Specs.MINUTE, Observation.of(4, 4, Map.of()));
    assertThat(d.desiredCount()).isEqualTo(4);
    assertThat(d.minCapacity()).isEqualTo(2);
    assertThat(d.activities()).singleElement().isInstanceOfSatisfying(ScalingActivity.ScheduledChange.class, a -> {
      assertThat(a.applied()).isFalse();
      assertThat(a.cause()).endsWith("not applied: the minimum would exceed the maximum");
    });
  }

  @Test
  void scheduledActionsIgnoreCooldowns() {
    // A scale-in just happened (cooldown running); a scheduled max still lowers desired at once.
    ScheduledActionSpec cap = Specs.scheduled("cap", "at(2026-01-05T00:16:00)", OptionalInt.empty(), OptionalInt.of(2));
    ScalableTarget t = new ScalableTarget(new AutoScalingSpec(1, 40, List.of(cpu("cpu", 60)), List.of(cap)),
        Specs.START);
    Decision d = null;
    int desired = 10;
    for (int minute = 1; minute <= 16; minute++) {
      d = t.decide(minute * Specs.MINUTE, Observation.of(desired, desired, Specs.cpuAt(30)));
      desired = d.desiredCount();
    }
    assertThat(desired).isEqualTo(2);
  }
}
