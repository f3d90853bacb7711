package dev.ecsim.scaling;

import static dev.ecsim.scaling.Specs.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Step intervals and PutScalingPolicy's rules for them (docs/ecs-behaviour.md §6.3, AAS API:
 * StepAdjustment).
 */
class StepAdjustmentTest {
  private static final ComparisonOperator ABOVE = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
  private static final ComparisonOperator BELOW = ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD;
  /** The guide's scale-out steps around threshold 50: +0 (50–60), +10 % (60–70), +30 % (70 and up). */
  private static final List<StepAdjustment> OUT = List.of(step(0.0, 10.0, 0), step(10.0, 20.0, 10), step(20.0, null, 30));
  /** The guide's scale-in steps: 0 (40–50), −10 % (30–40), −30 % (30 and below). */
  private static final List<StepAdjustment> IN = List.of(step(-10.0, 0.0, 0), step(-20.0, -10.0, -10), step(null, -20.0, -30));

  private static int adjustmentAt(List<StepAdjustment> steps, double offset, boolean above) {
    return StepAdjustment.find(steps, offset, above).orElseThrow().scalingAdjustment();
  }

  @Test
  void aboveTheThresholdTheLowerBoundIsInclusive() {
    assertThat(adjustmentAt(OUT, 0, true)).isZero();
    assertThat(adjustmentAt(OUT, 9.99, true)).isZero();
    assertThat(adjustmentAt(OUT, 10, true)).isEqualTo(10); // metric 60
    assertThat(adjustmentAt(OUT, 20, true)).isEqualTo(30); // metric 70
    assertThat(StepAdjustment.find(OUT, -1, true)).isEmpty();
  }

  @Test
  void belowTheThresholdTheUpperBoundIsInclusive() {
    assertThat(adjustmentAt(IN, 0, false)).isZero();
    assertThat(adjustmentAt(IN, -10, false)).isEqualTo(-10); // metric 40
    assertThat(adjustmentAt(IN, -19.99, false)).isEqualTo(-10);
    assertThat(adjustmentAt(IN, -20, false)).isEqualTo(-30); // metric 30
  }

  @Test
  void theGuidesStepsAreValid() {
    assertThat(StepAdjustment.check(OUT, ABOVE)).isEmpty();
    assertThat(StepAdjustment.check(IN, BELOW)).isEmpty();
  }

  @Test
  void gapsAndOverlapsAreRefusedAtTheStepThatCausesThem() {
    List<StepAdjustment.Problem> gap = StepAdjustment.check(List.of(step(0.0, 10.0, 1), step(15.0, null, 2)), ABOVE);
    assertThat(gap).singleElement().satisfies(p -> {
      assertThat(p.step()).hasValue(1);
      assertThat(p.message()).isEqualTo("gap between steps: nothing covers 10 to 15 (steps must not leave gaps)");
    });
    List<StepAdjustment.Problem> overlap = StepAdjustment.check(List.of(step(5.0, null, 2), step(0.0, 10.0, 1)), ABOVE);
    assertThat(overlap).singleElement().satisfies(p -> {
      assertThat(p.step()).hasValue(0);
      assertThat(p.message()).isEqualTo("steps overlap from 5 to 10 (steps must not overlap)");
    });
  }

  @Test
  void theApisOtherRules() {
    assertThat(StepAdjustment.check(List.of(step(null, null, 1)), ABOVE)).extracting(StepAdjustment.Problem::message)
        .containsExactly("a step needs metricIntervalLowerBound, metricIntervalUpperBound or both");
    assertThat(StepAdjustment.check(List.of(step(10.0, 5.0, 1), step(10.0, null, 1)), ABOVE))
        .extracting(StepAdjustment.Problem::message)
        .containsExactly("metricIntervalLowerBound 10 must be below metricIntervalUpperBound 5");
    assertThat(StepAdjustment.check(List.of(step(0.0, null, 1), step(10.0, null, 1)), ABOVE))
        .extracting(StepAdjustment.Problem::message)
        .containsExactly("at most one step may leave out metricIntervalUpperBound");
    assertThat(StepAdjustment.check(List.of(step(0.0, 10.0, 1)), ABOVE)).extracting(StepAdjustment.Problem::message)
        .containsExactly("steps above the threshold must reach up without limit: leave out metricIntervalUpperBound"
            + " on the highest step");
    assertThat(StepAdjustment.check(List.of(step(-10.0, 0.0, -1)), BELOW)).extracting(StepAdjustment.Problem::message)
        .containsExactly("steps below the threshold must reach down without limit: leave out"
            + " metricIntervalLowerBound on the lowest step");
  }

  @Test
  void aStepOnTheSideWhereTheAlarmNeverBreachesIsRefused() {
    assertThat(StepAdjustment.check(IN, ABOVE)).extracting(StepAdjustment.Problem::message).allSatisfy(m ->
        assertThat(m).startsWith("this step lies below the alarm threshold, but a GreaterThanOrEqualToThreshold alarm"));
    assertThat(StepAdjustment.check(OUT, BELOW)).isNotEmpty();
  }
}
