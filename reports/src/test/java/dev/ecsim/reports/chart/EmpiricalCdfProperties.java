package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EmpiricalCdfProperties {

  private static double[] sorted(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  @Property
  void thinnedCornersAreExactFewAndCloseToTheCurveBetween(
      @ForAll @Size(min = 1, max = 300) List<@DoubleRange(min = 0, max = 50) Double> values,
      @ForAll @IntRange(min = 2, max = 40) int maxPoints) {
    double[] sorted = sorted(values);

    EmpiricalCdf.Curve corners = EmpiricalCdf.corners(sorted, maxPoints);

    assertThat(corners.size()).isBetween(1, maxPoints);
    assertThat(corners.x()[0]).isEqualTo(sorted[0]);
    assertThat(corners.share()[corners.size() - 1]).isEqualTo(1);
    for (int i = 0; i < corners.size(); i++) {
      assertThat(corners.share()[i]).isEqualTo(EmpiricalCdf.at(sorted, corners.x()[i]));
      if (i > 0) {
        assertThat(corners.x()[i]).isGreaterThan(corners.x()[i - 1]);
      }
    }
    // Anywhere between two corners the drawn step (the left corner's share) is within one level.
    for (double v : sorted) {
      int left = 0;
      while (left + 1 < corners.size() && corners.x()[left + 1] <= v) {
        left++;
      }
      double drawn = corners.share()[left];
      assertThat(EmpiricalCdf.at(sorted, v) - drawn).isBetween(0.0, 1.0 / (maxPoints - 1));
    }
  }
}
