package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BucketingTest {

  @Test
  void aShortRegularSeriesComesBackUnchanged() {
    long[] times = {0, 60_000, 120_000};
    double[] values = {1, 5, 3};

    Points points = Bucketing.downsample(times, values, 3, Aggregation.MEAN);

    assertThat(points.timesMillis()).containsExactly(0, 60_000, 120_000);
    assertThat(points.values()).containsExactly(1, 5, 3);
  }

  @Test
  void meanAveragesEachBucketAndStampsItWithItsFirstTime() {
    long[] times = {0, 1, 2, 3, 4, 5, 6, 7};
    double[] values = {1, 3, 5, 7, 0, 0, 10, 20};

    Points points = Bucketing.downsample(times, values, 4, Aggregation.MEAN);

    assertThat(points.timesMillis()).containsExactly(0, 2, 4, 6);
    assertThat(points.values()).containsExactly(2, 6, 0, 15);
  }

  @Test
  void maxKeepsAShortSpikeThatMeanWouldHide() {
    long[] times = new long[100];
    double[] values = new double[100];
    for (int i = 0; i < 100; i++) {
      times[i] = i * 60_000L;
      values[i] = i == 37 ? 50 : 2;
    }

    Points max = Bucketing.downsample(times, values, 10, Aggregation.MAX);
    Points mean = Bucketing.downsample(times, values, 10, Aggregation.MEAN);

    assertThat(max.size()).isEqualTo(10);
    assertThat(max.values()).contains(50.0);
    assertThat(mean.values()).doesNotContain(50.0);
  }

  @Test
  void minKeepsAShortDipAndIgnoresGaps() {
    long[] times = {0, 1, 2, 3, 4, 5};
    double[] values = {4, 3, 4, Double.NaN, Double.NaN, 6};

    Points points = Bucketing.downsample(times, values, 3, Aggregation.MIN);

    assertThat(points.timesMillis()).containsExactly(0, 2, 4);
    assertThat(points.values()).containsExactly(3, 4, 6);
  }

  @Test
  void aWeekOfMinutesFitsTheChartWidth() {
    int rows = 7 * 24 * 60 + 1;
    long[] times = new long[rows];
    double[] values = new double[rows];
    for (int i = 0; i < rows; i++) {
      times[i] = i * 60_000L;
      values[i] = i;
    }

    Points points = Bucketing.downsample(times, values, 1000, Aggregation.MAX);

    assertThat(points.size()).isBetween(990, 1000);
    assertThat(points.timesMillis()[0]).isZero();
    assertThat(points.values()[points.size() - 1]).isEqualTo(rows - 1);
  }

  @Test
  void repeatedTimesShareOneBucket() {
    long[] times = {0, 60_000, 60_000, 120_000};
    double[] values = {1, 2, 4, 8};

    Points points = Bucketing.downsample(times, values, 10, Aggregation.MEAN);

    assertThat(points.timesMillis()).containsExactly(0, 60_000, 120_000);
    assertThat(points.values()).containsExactly(1, 3, 8);
  }

  @Test
  void nanSamplesAreIgnoredAndAnAllNanBucketStaysAGap() {
    long[] times = {0, 1, 2, 3};
    double[] values = {Double.NaN, 4, Double.NaN, Double.NaN};

    Points mean = Bucketing.downsample(times, values, 2, Aggregation.MEAN);
    Points max = Bucketing.downsample(times, values, 2, Aggregation.MAX);

    assertThat(mean.values()[0]).isEqualTo(4);
    assertThat(mean.values()[1]).isNaN();
    assertThat(max.values()[0]).isEqualTo(4);
    assertThat(max.values()[1]).isNaN();
  }

  @Test
  void meanOfEqualValuesIsThatValueDespiteRounding() {
    Points points =
        Bucketing.downsample(
            new long[] {0, 1, 2}, new double[] {0.1, 0.1, 0.1}, 1, Aggregation.MEAN);

    assertThat(points.values()).containsExactly(0.1);
  }

  @Test
  void emptyInputGivesNoPoints() {
    assertThat(Bucketing.downsample(new long[0], new double[0], 5, Aggregation.MEAN).size())
        .isZero();
  }

  @Test
  void rejectsUnsortedTimesAndMismatchedLengths() {
    assertThatThrownBy(
            () -> Bucketing.downsample(new long[] {5, 1}, new double[] {1, 2}, 5, Aggregation.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("times must ascend");
    assertThatThrownBy(
            () -> Bucketing.downsample(new long[] {1}, new double[] {1, 2}, 5, Aggregation.MAX))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Bucketing.downsample(new long[] {1}, new double[] {1}, 0, Aggregation.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPoints");
  }
}
