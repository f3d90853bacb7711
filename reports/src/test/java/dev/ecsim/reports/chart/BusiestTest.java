package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class BusiestTest {

  @Test
  void theBusiestAreKeptInColumnOrderWithGapsRankedLast() {
    Map<String, Double> means = Map.of("a", 10.0, "b", Double.NaN, "c", 90.0, "d", 50.0, "e", 50.0);
    List<String> columns = List.of("a", "b", "c", "d", "e");

    // c (90) then the tie d/e (50): d comes first in column order and takes the last place.
    assertThat(Busiest.of(columns, means::get, 2)).containsExactly("c", "d");
    assertThat(Busiest.of(columns, means::get, 4)).containsExactly("a", "c", "d", "e");
    assertThat(Busiest.of(columns, means::get, 5)).isEqualTo(columns);
  }

  @Test
  void theMeanLeavesGapsOut() {
    assertThat(Busiest.mean(new double[] {10, Double.NaN, 40})).isEqualTo(25.0);
    assertThat(Busiest.mean(new double[] {Double.NaN})).isNaN();
  }

  @Test
  void withManyServicesTheChartShowsTheBusiestAndSaysSo() {
    // Twelve services at 1 %, 2 %, ... 12 %: the chart keeps s05 .. s12, the eight busiest.
    List<SeriesKey> columns = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      columns.add(SeriesNames.serviceCpuUtilization("s%02d".formatted(i)));
    }
    TimeSeries series = new TimeSeries(columns);
    for (int t = 0; t < 3; t++) {
      double[] row = new double[12];
      for (int i = 0; i < 12; i++) {
        row[i] = i + 1;
      }
      series.addRow(t * 60_000L, row);
    }
    JFreeChart chart = ServiceCpuUtilizationChart.build(series, ChartStyle.standard()).orElseThrow();

    assertThat(chart.getTitle().getText()).isEqualTo("Service CPU utilization (the 8 busiest of 12 services)");
    var data = chart.getXYPlot().getDataset();
    List<Comparable<?>> keys = new ArrayList<>();
    for (int s = 0; s < data.getSeriesCount(); s++) {
      keys.add(data.getSeriesKey(s));
    }
    assertThat(keys).containsExactly("s05", "s06", "s07", "s08", "s09", "s10", "s11", "s12");
  }

  @Test
  void withManyJobsTheQueueChartShowsTheBusiestAndSaysSo() {
    // Eight jobs; job jN has N tasks queued and N running throughout: j3 .. j8 are the six busiest.
    List<SeriesKey> columns = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      columns.add(SeriesNames.jobQueue("j" + i));
      columns.add(SeriesNames.jobActive("j" + i));
    }
    TimeSeries series = new TimeSeries(columns);
    double[] row = new double[16];
    for (int i = 0; i < 16; i++) {
      row[i] = i / 2 + 1;
    }
    series.addRow(0, row);
    series.addRow(60_000, row);
    JFreeChart chart = JobQueueChart.build(series, ChartStyle.standard()).orElseThrow();

    assertThat(chart.getTitle().getText()).isEqualTo("Job queue and active tasks (the 6 busiest of 8 jobs)");
    var data = chart.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(12);
    // JFreeChart's series key is a raw Comparable: compared as an Object, no unchecked call.
    assertThat((Object) data.getSeriesKey(0)).isEqualTo("j3 queued");
    assertThat((Object) data.getSeriesKey(11)).isEqualTo("j8 active");
  }
}
