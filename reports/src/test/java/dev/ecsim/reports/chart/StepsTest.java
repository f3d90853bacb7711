package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepsTest {

  @Test
  void eachValueHoldsUntilTheNextSample() {
    Points held = Steps.hold(new Points(new long[] {0, 10, 20}, new double[] {2, 3, 1}));

    assertThat(held.timesMillis()).containsExactly(0, 10, 10, 20, 20);
    assertThat(held.values()).containsExactly(2, 2, 3, 3, 1);
  }

  @Test
  void fewerThanTwoPointsHaveNoStepToShape() {
    Points one = new Points(new long[] {5}, new double[] {7});

    assertThat(Steps.hold(one)).isSameAs(one);
  }
}
