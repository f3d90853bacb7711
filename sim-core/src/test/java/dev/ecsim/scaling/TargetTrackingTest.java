package dev.ecsim.scaling;

import static dev.ecsim.scaling.Specs.cpu;
import static dev.ecsim.scaling.Specs.cpuAt;
import static dev.ecsim.scaling.Specs.noData;
import static dev.ecsim.scaling.Specs.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Target tracking, one decision a minute, against docs/ecs-behaviour.md §6.2 and its ecsim
 * decision: out to ceil(R × m / t) after 3 of 3 datapoints above t, in to ceil(R × m / t) after 15
 * of 15 below 0.9 × t (never a count that would take the metric above t), cooldowns 300 s. Target
 * 60 % CPU unless a test says otherwise.
 */
class TargetTrackingTest {

  @Test
  void scalesOutOnTheThirdDatapointAboveTarget() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60)), 4);
    assertThat(s.minutes(2, cpuAt(90)).desiredCount()).isEqualTo(4);
    Decision third = s.minute(cpuAt(90));
    // ceil(4 × 90 / 60) = 6
    assertThat(third.desiredCount()).isEqualTo(6);
    assertThat(third.activities()).singleElement().isInstanceOfSatisfying(ScalingActivity.PolicyScaling.class, a -> {
      assertThat(a.policyType()).isEqualTo(PolicyType.TARGET_TRACKING_SCALING);
      assertThat(a.direction()).isEqualTo(Direction.OUT);
      assertThat(a.cause()).contains("CPUUtilization 90, ceil(4 × 90 / 60) = 6").endsWith("desired count 4 → 6");
    });
    assertThat(third.alarmChanges()).extracting(AlarmChange::alarm, AlarmChange::to)
        .contains(org.assertj.core.groups.Tuple.tuple("cpu60-AlarmHigh", AlarmState.ALARM));
  }

  @Test
  void theTargetItselfAndNinetyPercentOfItDoNotScale() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60)), 10);
    assertThat(s.minutes(20, cpuAt(60)).desiredCount()).isEqualTo(10);
    assertThat(s.minutes(20, cpuAt(54)).desiredCount()).isEqualTo(10);
    // 0.9 × 70 is 63.00000000000001 in doubles; the low alarm's threshold is 63 exactly.
    Specs.Service seventy = new Specs.Service(target(1, 40, cpu("cpu70", 70)), 10);
    assertThat(seventy.minutes(20, cpuAt(63)).desiredCount()).isEqualTo(10);
  }

  @Test
  void scalesInOnTheFifteenthDatapointBelowNinetyPercent() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60)), 10);
    assertThat(s.minutes(14, cpuAt(30)).desiredCount()).isEqualTo(10);
    // ceil(10 × 30 / 60) = 5
    assertThat(s.minute(cpuAt(30)).desiredCount()).isEqualTo(5);
    s.settle();
    // The scale-in cooldown (300 s) blocks the next one; then ceil(5 × 30 / 60) = ceil(2.5) = 3.
    assertThat(s.minutes(4, cpuAt(30)).desiredCount()).isEqualTo(5);
    assertThat(s.minute(cpuAt(30)).desiredCount()).isEqualTo(3);
  }

  /**
   * The worked example of AAS's rule ("How target tracking scaling works": no scale-in that would
   * likely take the metric above the target): 20 tasks at 44 % on a 50 % target scale in once, to
   * ceil(20 × 44 / 50) = 18, where the same load is 20 × 44 / 18 = 48.9 %, and then hold. The
   * earlier floor rule went to 17 (51.8 %, above target) and scaled out again.
   */
  @Test
  void scalesInOnceToTheCapacityThatKeepsTheMetricAtOrBelowTarget() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu50", 50)), 20);
    assertThat(s.minutes(14, cpuAt(44)).desiredCount()).isEqualTo(20);
    Decision in = s.minute(cpuAt(44));
    assertThat(in.desiredCount()).isEqualTo(18);
    assertThat(in.activities()).singleElement().satisfies(a ->
        assertThat(a.cause()).contains("ceil(20 × 44 / 50) = 18").endsWith("desired count 20 → 18"));
    s.settle();
    assertThat(s.minutes(60, cpuAt(20.0 * 44 / 18)).desiredCount()).isEqualTo(18);
  }

  @Test
  void doesNotScaleInWhenRemovingOneTaskWouldTakeTheMetricAboveTarget() {
    // 3 tasks at 50 % on a 60 % target: the low alarm (below 54) fires, but 2 tasks would carry
    // 3 × 50 / 2 = 75 %; ceil(3 × 50 / 60) = ceil(2.5) = 3 is the capacity already running.
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60)), 3);
    Decision hour = s.minutes(60, cpuAt(50));
    assertThat(hour.desiredCount()).isEqualTo(3);
    assertThat(hour.activities()).isEmpty();
  }

  @Test
  void duringTheOutCooldownOnlyALargerScaleOutProceeds() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60)), 4);
    assertThat(s.minutes(3, cpuAt(90)).desiredCount()).isEqualTo(6);
    // Tasks still starting: R = 4, the same ceil(4 × 90 / 60) = 6 is no larger.
    assertThat(s.minute(cpuAt(90)).desiredCount()).isEqualTo(6);
    // They run and the load grows: ceil(6 × 120 / 60) = 12 > 6 proceeds within the cooldown.
    s.settle();
    assertThat(s.minute(cpuAt(120)).desiredCount()).isEqualTo(12);
  }

  @Test
  void aScaleOutEndsTheScaleInCooldown() {
    // A step policy on memory scales out while CPU stays low; target tracking's low alarm is still in
    // ALARM, and its scale-in cooldown, cut short by that scale-out, no longer holds it back.
    ScalingPolicySpec.StepScaling memory = Specs.stepPolicy("mem", new AlarmSpec(ServiceMetric.MEMORY_UTILIZATION,
            Statistic.AVERAGE, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 85, Specs.MINUTE, 1, 1,
            TreatMissingData.MISSING), AdjustmentType.CHANGE_IN_CAPACITY, List.of(Specs.step(0.0, null, 2)),
        OptionalInt.empty());
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60), memory), 10);
    assertThat(s.minutes(15, both(30, 50)).desiredCount()).isEqualTo(5); // ceil(10 × 30 / 60)
    s.settle();
    assertThat(s.minute(both(30, 90)).desiredCount()).isEqualTo(7);
    s.settle();
    // Minute 17, 2 minutes into what would have been a 300 s cooldown: ceil(7 × 30 / 60) = 4.
    assertThat(s.minute(both(30, 50)).desiredCount()).isEqualTo(4);
  }

  private static Map<ServiceMetric, OptionalDouble> both(double cpu, double memory) {
    return Map.of(ServiceMetric.CPU_UTILIZATION, OptionalDouble.of(cpu),
        ServiceMetric.MEMORY_UTILIZATION, OptionalDouble.of(memory));
  }

  @Test
  void disableScaleInNeverScalesIn() {
    ScalingPolicySpec.TargetTracking noIn = new ScalingPolicySpec.TargetTracking("cpu60",
        PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION, 60, 300_000, 300_000, true);
    Specs.Service s = new Specs.Service(target(1, 40, noIn), 10);
    assertThat(s.minutes(30, cpuAt(10)).desiredCount()).isEqualTo(10);
    assertThat(s.minutes(3, cpuAt(90)).desiredCount()).isEqualTo(15);
  }

  @Test
  void missingDataNeverScales() {
    Specs.Service s = new Specs.Service(target(1, 40, cpu("cpu60", 60)), 4);
    s.minutes(2, cpuAt(90));
    // A gap: the 3 of 3 datapoints may still come from the evaluation range, but the minute without
    // data does nothing.
    Decision gap = s.minute(noData());
    assertThat(gap.desiredCount()).isEqualTo(4);
    assertThat(gap.activities()).isEmpty();
    assertThat(s.minute(cpuAt(90)).desiredCount()).isEqualTo(6);
  }

  @Test
  void wholeProductsAreNotRoundedUpByFloatingPointNoise() {
    // 10 × 66 / 60 is 11 exactly; 10 × 0.66 / 0.6 is 11.000000000000002 in doubles.
    Specs.Service s = new Specs.Service(target(1, 40, cpu("tiny", 0.6)), 10);
    assertThat(s.minutes(3, cpuAt(0.66)).desiredCount()).isEqualTo(11);
  }

  @Test
  void fromZeroOneDatapointWithLoadAddsOneTask() {
    // docs/ecs-behaviour.md §6.1: from 0 tasks target tracking waits one datapoint and adds the
    // minimum; only a metric that is published at zero tasks, like ALBRequestCountPerTarget, can do
    // it.
    ScalingPolicySpec.TargetTracking requests = new ScalingPolicySpec.TargetTracking("req",
        PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET, 1000, 300_000, 300_000, false);
    Specs.Service s = new Specs.Service(target(0, 10, requests), 0);
    Map<ServiceMetric, OptionalDouble> idle = Map.of(ServiceMetric.REQUEST_COUNT_PER_TARGET, OptionalDouble.of(0));
    assertThat(s.minutes(5, idle).desiredCount()).isZero();
    Decision first = s.minute(Map.of(ServiceMetric.REQUEST_COUNT_PER_TARGET, OptionalDouble.of(500)));
    assertThat(first.desiredCount()).isEqualTo(1);
  }

  @Test
  void scaleInPausesDuringADeployment() {
    ScalableTarget t = target(1, 40, cpu("cpu60", 60));
    Decision last = null;
    for (int minute = 1; minute <= 15; minute++) {
      last = t.decide(minute * Specs.MINUTE, new Observation(10, 10, cpuAt(30), true));
    }
    assertThat(last.desiredCount()).isEqualTo(10);
    assertThat(t.decide(16 * Specs.MINUTE, Observation.of(10, 10, cpuAt(30))).desiredCount()).isEqualTo(5);
  }
}
