package dev.ecsim.scaling;

import static dev.ecsim.scaling.Specs.alarm;
import static dev.ecsim.scaling.Specs.cpuAt;
import static dev.ecsim.scaling.Specs.noData;
import static dev.ecsim.scaling.Specs.step;
import static dev.ecsim.scaling.Specs.stepPolicy;
import static dev.ecsim.scaling.Specs.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Step scaling through the scalable target, one decision a minute, against the Application Auto
 * Scaling guide's figures (docs/ecs-behaviour.md §6.3). Cooldowns are the default 300 s.
 */
class StepScalingTest {
  /** The guide's example: both alarms at 50; steps as in {@link StepAdjustmentTest}. */
  private static final ScalingPolicySpec.StepScaling OUT = stepPolicy("out",
      alarm(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 50), AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
      List.of(step(0.0, 10.0, 0), step(10.0, 20.0, 10), step(20.0, null, 30)), OptionalInt.empty());
  private static final ScalingPolicySpec.StepScaling IN = stepPolicy("in",
      alarm(ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD, 50), AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
      List.of(step(-10.0, 0.0, 0), step(-20.0, -10.0, -10), step(null, -20.0, -30)), OptionalInt.empty());

  @Test
  void theGuidesWorkedExample() {
    Specs.Service s = new Specs.Service(target(1, 100, OUT, IN), 10);

    // Metric 60 on 10 tasks: +10 % of 10 = 1 -> 11.
    Decision first = s.minute(cpuAt(60));
    assertThat(first.desiredCount()).isEqualTo(11);
    assertThat(first.activities()).singleElement().isInstanceOfSatisfying(ScalingActivity.PolicyScaling.class, a -> {
      assertThat(a.source()).isEqualTo("out");
      assertThat(a.direction()).isEqualTo(Direction.OUT);
      assertThat(a.metric()).isEqualTo(60);
      assertThat(a.oldDesired()).isEqualTo(10);
      assertThat(a.newDesired()).isEqualTo(11);
      assertThat(a.cause()).contains("step [60, 70) → +10 % on 10 running = 11").endsWith("desired count 10 → 11");
    });
    s.settle();

    // Still 60 during the cooldown: the same step again from the cooldown's base, 11, adds nothing.
    assertThat(s.minutes(4, cpuAt(60)).desiredCount()).isEqualTo(11);

    // Metric 70 once the cooldown is over (300 s after the first scale-out): +30 % of 11 = 3.3 -> 3 -> 14.
    assertThat(s.minute(cpuAt(70)).desiredCount()).isEqualTo(14);
    s.settle();

    // Metric 40: -10 % of 14 = -1.4 -> -1 -> 13.
    assertThat(s.minute(cpuAt(40)).desiredCount()).isEqualTo(13);
    s.settle();

    // Metric 30: the scale-in waits its cooldown out (4 more minutes), then -30 % of 13 = -3.9 -> -3 -> 10.
    assertThat(s.minutes(4, cpuAt(30)).desiredCount()).isEqualTo(13);
    Decision last = s.minute(cpuAt(30));
    assertThat(last.desiredCount()).isEqualTo(10);
    assertThat(last.activities()).singleElement().satisfies(a -> assertThat(a.source()).isEqualTo("in"));
  }

  @Test
  void minAdjustmentMagnitudeInARun() {
    // AAS: +25 % of 4 tasks is 1; MinAdjustmentMagnitude 2 makes it +2.
    ScalingPolicySpec.StepScaling quarter = stepPolicy("quarter",
        alarm(ComparisonOperator.GREATER_THAN_THRESHOLD, 70), AdjustmentType.PERCENT_CHANGE_IN_CAPACITY,
        List.of(step(0.0, null, 25)), OptionalInt.of(2));
    Specs.Service s = new Specs.Service(target(1, 20, quarter), 4);
    assertThat(s.minute(cpuAt(80)).desiredCount()).isEqualTo(6);
  }

  @Test
  void aLargerStepDuringTheCooldownAddsOnlyTheDifference() {
    // AAS: +2 at the first alarm; during the cooldown a +3 step adds only 1 (10 + 3 = 13, not 12 + 3).
    ScalingPolicySpec.StepScaling steps = stepPolicy("burst", alarm(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, 50),
        AdjustmentType.CHANGE_IN_CAPACITY, List.of(step(0.0, 10.0, 2), step(10.0, null, 3)), OptionalInt.empty());
    Specs.Service s = new Specs.Service(target(1, 40, steps), 10);
    assertThat(s.minute(cpuAt(55)).desiredCount()).isEqualTo(12);
    s.settle();
    Decision second = s.minute(cpuAt(65));
    assertThat(second.desiredCount()).isEqualTo(13);
    assertThat(second.activities()).singleElement().satisfies(a -> assertThat(a.cause())
        .contains("+3 on the cooldown's base of 10 = 13"));
    // The difference does not restart the cooldown: nothing more until 300 s after the first scale-out.
    s.settle();
    assertThat(s.minutes(3, cpuAt(65)).desiredCount()).isEqualTo(13);
    assertThat(s.minute(cpuAt(65)).desiredCount()).isEqualTo(16);
  }

  @Test
  void aScaleOutCutsAScaleInCooldownShort() {
    ScalingPolicySpec.StepScaling out = stepPolicy("out", alarm(ComparisonOperator.GREATER_THAN_THRESHOLD, 80),
        AdjustmentType.CHANGE_IN_CAPACITY, List.of(step(0.0, null, 2)), OptionalInt.empty());
    ScalingPolicySpec.StepScaling in = stepPolicy("in", alarm(ComparisonOperator.LESS_THAN_THRESHOLD, 20),
        AdjustmentType.CHANGE_IN_CAPACITY, List.of(step(null, 0.0, -1)), OptionalInt.empty());
    Specs.Service s = new Specs.Service(target(1, 40, out, in), 10);
    assertThat(s.minute(cpuAt(10)).desiredCount()).isEqualTo(9);
    s.settle();
    assertThat(s.minute(cpuAt(10)).desiredCount()).as("scale-in cooldown").isEqualTo(9);
    assertThat(s.minute(cpuAt(90)).desiredCount()).isEqualTo(11);
    s.settle();
    assertThat(s.minute(cpuAt(10)).desiredCount()).as("the scale-in cooldown ended").isEqualTo(10);
  }

  @Test
  void exactCapacitySetsTheCount() {
    ScalingPolicySpec.StepScaling exact = stepPolicy("exact", alarm(ComparisonOperator.GREATER_THAN_THRESHOLD, 80),
        AdjustmentType.EXACT_CAPACITY, List.of(step(0.0, 10.0, 8), step(10.0, null, 12)), OptionalInt.empty());
    Specs.Service s = new Specs.Service(target(1, 40, exact), 3);
    assertThat(s.minute(cpuAt(85)).desiredCount()).isEqualTo(8);
    s.settle();
    assertThat(s.minute(cpuAt(95)).desiredCount()).isEqualTo(12);
  }

  @Test
  void missingDataNeverScalesEvenInAlarm() {
    // A 1-of-1 alarm stays in ALARM two periods after its metric stops (CloudWatch re-evaluates the
    // last datapoints), yet a minute without a datapoint never scales.
    AlarmSpec oneOfOne = alarm(ComparisonOperator.GREATER_THAN_THRESHOLD, 80);
    ScalingPolicySpec.StepScaling out = stepPolicy("out", oneOfOne, AdjustmentType.CHANGE_IN_CAPACITY,
        List.of(step(0.0, null, 1)), OptionalInt.empty());
    Specs.Service s = new Specs.Service(target(1, 40, out), 5);
    assertThat(s.minute(cpuAt(90)).desiredCount()).isEqualTo(6);
    Decision quiet = s.minute(noData());
    assertThat(quiet.desiredCount()).isEqualTo(6);
    assertThat(quiet.activities()).isEmpty();
  }
}
