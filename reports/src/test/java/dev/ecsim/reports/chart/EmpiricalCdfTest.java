package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmpiricalCdfTest {

  private static final double[] ONE_TO_FOUR = {1, 2, 3, 4};

  @ParameterizedTest(name = "F({0}) = {1}")
  @CsvSource({"0.5, 0", "1, 0.25", "2, 0.5", "2.5, 0.5", "3.999, 0.75", "4, 1", "100, 1"})
  void shareAtMostX(double x, double share) {
    assertThat(EmpiricalCdf.at(ONE_TO_FOUR, x)).isEqualTo(share);
  }

  @Test
  void tiesCountTogetherAndAnEmptySampleIsZero() {
    assertThat(EmpiricalCdf.at(new double[] {1, 1, 2}, 1)).isEqualTo(2.0 / 3);
    assertThat(EmpiricalCdf.at(new double[0], 1)).isZero();
  }

  @Test
  void cornersAreOnePerDistinctValueWithItsShare() {
    EmpiricalCdf.Curve corners = EmpiricalCdf.corners(new double[] {1, 1, 2, 5}, 10);

    assertThat(corners.x()).containsExactly(1, 2, 5);
    assertThat(corners.share()).containsExactly(0.5, 0.75, 1);
  }

  @Test
  void thinnedCornersKeepTheFirstValueReachingEachLevel() {
    // 1..10 with 3 points: levels of 1/2; F reaches 1/2 at 5 and 1 at 10.
    double[] oneToTen = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    EmpiricalCdf.Curve corners = EmpiricalCdf.corners(oneToTen, 3);

    assertThat(corners.x()).containsExactly(1, 5, 10);
    assertThat(corners.share()).containsExactly(0.1, 0.5, 1);
  }

  @Test
  void aMillionValuesBecomeAtMostMaxPointsEndingAtTheLargest() {
    double[] sorted = new double[1_000_000];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = 5 + i / 1000.0;
    }

    EmpiricalCdf.Curve corners = EmpiricalCdf.corners(sorted, 400);

    assertThat(corners.size()).isLessThanOrEqualTo(400);
    assertThat(corners.x()[0]).isEqualTo(5);
    assertThat(corners.x()[corners.size() - 1]).isEqualTo(sorted[sorted.length - 1]);
    assertThat(corners.share()[corners.size() - 1]).isEqualTo(1);
  }

  @Test
  void anEmptySampleHasNoCorners() {
    assertThat(EmpiricalCdf.corners(new double[0], 10).size()).isZero();
    assertThat(EmpiricalCdf.steps(EmpiricalCdf.corners(new double[0], 10)).size()).isZero();
    assertThatThrownBy(() -> EmpiricalCdf.corners(ONE_TO_FOUR, 1))
        .hasMessageContaining("at least 2");
  }

  @Test
  void stepsRiseFromZeroAndHoldUntilTheNextCorner() {
    EmpiricalCdf.Curve corners =
        new EmpiricalCdf.Curve(new double[] {1, 3}, new double[] {0.5, 1});

    EmpiricalCdf.Curve steps = EmpiricalCdf.steps(corners);

    assertThat(steps.x()).containsExactly(1, 1, 3, 3);
    assertThat(steps.share()).containsExactly(0, 0.5, 0.5, 1);
  }

  @ParameterizedTest(name = "p{0} of 1..4 = {1}")
  @CsvSource({"10, 1", "25, 1.25", "50, 2.5", "95, 4", "100, 4"})
  void percentilesInterpolateAtPTimesNPlusOne(double p, double expected) {
    // Commons Math's default: position p(n+1)/100, so p50 of 1..4 sits halfway between 2 and 3.
    assertThat(EmpiricalCdf.percentile(ONE_TO_FOUR, p)).isEqualTo(expected);
  }

  @Test
  void percentileOfOneValueIsThatValueAndOfNoneNaN() {
    assertThat(EmpiricalCdf.percentile(new double[] {7}, 95)).isEqualTo(7);
    assertThat(EmpiricalCdf.percentile(new double[0], 50)).isNaN();
  }
}
