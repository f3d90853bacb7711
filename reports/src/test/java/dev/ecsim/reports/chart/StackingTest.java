package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackingTest {

  @Test
  void eachLayerSitsOnTheSumOfTheLayersBelow() {
    List<double[]> sums =
        Stacking.cumulative(
            List.of(new double[] {1, 2, 3}, new double[] {10, 0, 5}, new double[] {0.5, 0.5, 0.5}));

    assertThat(sums.get(0)).containsExactly(1, 2, 3);
    assertThat(sums.get(1)).containsExactly(11, 2, 8);
    assertThat(sums.get(2)).containsExactly(11.5, 2.5, 8.5);
  }

  @Test
  void aMissingSampleAddsNothingInsteadOfHidingTheLayersAbove() {
    List<double[]> sums =
        Stacking.cumulative(List.of(new double[] {Double.NaN, 1}, new double[] {4, 4}));

    assertThat(sums.get(0)).containsExactly(0, 1);
    assertThat(sums.get(1)).containsExactly(4, 5);
  }

  @Test
  void layersMustBeEquallyLong() {
    assertThatThrownBy(() -> Stacking.cumulative(List.of(new double[2], new double[3])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in length");
  }
}
