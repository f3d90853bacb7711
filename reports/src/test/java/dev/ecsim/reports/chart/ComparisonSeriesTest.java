package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.SeriesKind;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonSeriesTest {

  private static Points points(long[] times, double... values) {
    return new Points(times, values);
  }

  @Test
  void theTotalAddsEveryProvidersColumnRowByRowSkippingGaps() {
    TimeSeries s = new TimeSeries(List.of(SeriesNames.cumulativeCost("od"), SeriesNames.CPU_RESERVATION_PCT, SeriesNames.cumulativeCost("FARGATE")));
    s.addRow(0, new double[] {0, Double.NaN, 0});
    s.addRow(60_000, new double[] {0.5, 40, 0.25});
    s.addRow(120_000, new double[] {1.0, 50, Double.NaN});
    s.addRow(180_000, new double[] {Double.NaN, 50, Double.NaN});

    Points total = ComparisonSeries.total(s, SeriesKind.CUMULATIVE_COST).orElseThrow();

    assertThat(total.timesMillis()).containsExactly(0, 60_000, 120_000, 180_000);
    assertThat(total.values()).containsExactly(0, 0.75, 1.0, Double.NaN);
    assertThat(ComparisonSeries.total(s, SeriesKind.INSTANCES)).isEmpty();
    assertThat(ComparisonSeries.column(s, SeriesNames.CPU_RESERVATION_PCT).orElseThrow().values())
        .containsExactly(Double.NaN, 40, 50, 50);
    assertThat(ComparisonSeries.column(s, SeriesNames.MEMORY_RESERVATION_PCT)).isEmpty();
  }

  @Test
  void scenariosAreBucketedOnOneGridOverTheSpanOfAllOfThem() {
    // a: every minute for 4 minutes; b: every 2 minutes, for 2 minutes only.
    Points a = points(new long[] {0, 60_000, 120_000, 180_000, 240_000}, 1, 5, 2, 4, 3);
    Points b = points(new long[] {0, 120_000}, 10, 20);

    List<Optional<Points>> max = ComparisonSeries.align(List.of(Optional.of(a), Optional.of(b)), 2, Aggregation.MAX);

    // Two buckets over 0 .. 240,000 ms (widened by 1 ms): bucket = t x 2 / 240,001, so 0, 60 s and 120 s
    // fall in bucket 0 and 180 s and 240 s in bucket 1.
    assertThat(max.get(0).orElseThrow().timesMillis()).containsExactly(0, 180_000);
    assertThat(max.get(0).orElseThrow().values()).containsExactly(5, 4);
    // b alone would span 0 .. 120 s and keep both samples apart; on the shared grid both are in bucket 0.
    assertThat(max.get(1).orElseThrow().timesMillis()).containsExactly(0);
    assertThat(max.get(1).orElseThrow().values()).containsExactly(20);
    assertThat(Bucketing.downsample(b.timesMillis(), b.values(), 2, Aggregation.MAX).size()).isEqualTo(2);

    List<Optional<Points>> mean = ComparisonSeries.align(List.of(Optional.of(a)), 2, Aggregation.MEAN);
    // (1 + 5 + 2) / 3 and (4 + 3) / 2
    assertThat(mean.get(0).orElseThrow().values()[0]).isCloseTo(8.0 / 3, within(1e-12));
    assertThat(mean.get(0).orElseThrow().values()[1]).isEqualTo(3.5);
  }

  @Test
  void shortSeriesComeBackUnchangedAndAMissingOneStaysMissingInItsPlace() {
    Points a = points(new long[] {0, 60_000, 120_000}, 1, 2, 3);

    List<Optional<Points>> aligned = ComparisonSeries.align(List.of(Optional.empty(), Optional.of(a)), 1000,
        Aggregation.MIN);

    assertThat(aligned.get(0)).isEmpty();
    assertThat(aligned.get(1).orElseThrow().timesMillis()).containsExactly(0, 60_000, 120_000);
    assertThat(aligned.get(1).orElseThrow().values()).containsExactly(1, 2, 3);
  }

  @Test
  void theTimeScaleFollowsTheLongestScenario() {
    TimeSeries day = new TimeSeries(List.of(SeriesNames.CPU_RESERVATION_PCT));
    day.addRow(0, new double[] {0});
    day.addRow(86_400_000, new double[] {0});
    TimeSeries week = new TimeSeries(List.of(SeriesNames.CPU_RESERVATION_PCT));
    week.addRow(7 * 86_400_000L, new double[] {0});

    assertThat(ComparisonSeries.scale(List.of(day))).isEqualTo(TimeScale.HOURS);
    assertThat(ComparisonSeries.scale(List.of(day, week))).isEqualTo(TimeScale.DAYS);
    assertThat(ComparisonSeries.hasData(points(new long[] {0, 1}, Double.NaN, Double.NaN))).isFalse();
  }

  @Test
  void aRunHadInstancesWhenAnyProviderCountedOne() {
    TimeSeries none = new TimeSeries(List.of(SeriesNames.instances("od"), SeriesNames.CPU_RESERVATION_PCT));
    none.addRow(0, new double[] {0, 0});
    TimeSeries one = new TimeSeries(List.of(SeriesNames.instances("od"), SeriesNames.instances("spot")));
    one.addRow(0, new double[] {0, 0});
    one.addRow(60_000, new double[] {0, 1});

    assertThat(ComparisonSeries.hadInstances(none)).isFalse();
    assertThat(ComparisonSeries.hadInstances(new TimeSeries(List.of(SeriesNames.CPU_RESERVATION_PCT)))).isFalse();
    assertThat(ComparisonSeries.hadInstances(one)).isTrue();
  }
}
