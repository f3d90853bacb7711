package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobWaitsTest {

  @Test
  void percentilesAreCommonsMathsDefaultAsInTheSummary() {
    // Waits 1, 2, ..., 20 s. Position p(n+1)/100: p50 at 10.5 -> 10 + .5 x 1 = 10.5;
    // p95 at 19.95 -> 19 + .95 x 1 = 19.95; p99 at 20.79, past the last -> 20.
    double[] waits = new double[20];
    for (int i = 1; i <= 20; i++) {
      waits[i - 1] = i;
    }

    assertThat(JobWaits.percentiles(waits)).isEqualTo(new JobWaits.Percentiles(10.5, 19.95, 20));
  }

  @Test
  void fiveWaitsHaveP95AndP99AtTheirLargest() {
    // n = 5: p50 at 3 -> the third, 3; p95 at 5.7 and p99 at 5.94 are past the fifth -> 10.
    assertThat(JobWaits.percentiles(new double[] {1, 2, 3, 5, 10}))
        .isEqualTo(new JobWaits.Percentiles(3, 10, 10));
  }

  @Test
  void noWaitsNoPercentiles() {
    assertThatThrownBy(() -> JobWaits.percentiles(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
