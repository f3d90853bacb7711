package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The charts of capacity providers: cost rate, reservation, start latency, shared colours. */
class CapacityProviderChartsTest {

  private final ChartStyle style = ChartStyle.standard();

  private XYPlot plot(Charts chart, RunResult run) {
    return chart.build(run, style).orElseThrow().getXYPlot();
  }

  private static List<Double> markers(XYPlot plot) {
    List<Double> values = new ArrayList<>();
    for (Marker marker : plot.getRangeMarkers(Layer.FOREGROUND)) {
      values.add(((ValueMarker) marker).getValue());
    }
    return values;
  }

  @Test
  void costRateStacksEveryProviderFargateIncludedToTheBurnRate() {
    // Fixture at 4 min: od 0.192 USD/h, FARGATE 0.05 USD/h.
    XYDataset data = plot(Charts.COST_RATE, Fixtures.run("d")).getDataset();
    int last = data.getItemCount(1) - 1;

    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getSeriesKey(1).toString()).isEqualTo("FARGATE");
    assertThat(data.getYValue(0, last)).isEqualTo(0.192);
    assertThat(data.getYValue(1, last)).isCloseTo(0.242, within(1e-12));
  }

  @Test
  void cumulativeCostStacksAFargateProviderWithoutInstances() {
    // Fixture at 4 min: od 0.016 + spot 0.004 + FARGATE 0.004.
    XYDataset data = plot(Charts.CUMULATIVE_COST, Fixtures.run("d")).getDataset();

    assertThat(data.getSeriesKey(2).toString()).isEqualTo("FARGATE");
    assertThat(data.getYValue(2, data.getItemCount(2) - 1)).isCloseTo(0.024, within(1e-12));
  }

  @Test
  void reservationChartMarksHundredAndLeavesTheFirstMinuteAGap() {
    XYPlot plot = plot(Charts.CAPACITY_PROVIDER_RESERVATION, Fixtures.run("d"));

    assertThat(plot.getDataset().getSeriesCount()).isEqualTo(1);
    assertThat(plot.getDataset().getSeriesKey(0).toString()).isEqualTo("od");
    assertThat(plot.getDataset().getYValue(0, 0)).isNaN();
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(150);
    assertThat(markers(plot)).containsExactly(100.0);
  }

  @Test
  void startLatencyHasOneCurvePerProviderWithPercentilesInTheLegend() {
    // Fixture tasks: od 12.5 s (created 12.5 s, started 25 s), FARGATE 65 s; t-2 never started.
    XYPlot plot = plot(Charts.START_LATENCY, Fixtures.run("d"));
    XYDataset data = plot.getDataset();

    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getSeriesKey(0).toString())
        .isEqualTo("FARGATE: 1 task, p50 65.0 s, p95 65.0 s");
    assertThat(data.getSeriesKey(1).toString()).isEqualTo("od: 1 task, p50 12.5 s, p95 12.5 s");
    // One task is one jump from 0 to 100% at its latency.
    assertThat(data.getItemCount(1)).isEqualTo(2);
    assertThat(data.getXValue(1, 0)).isEqualTo(12.5);
    assertThat(data.getYValue(1, 0)).isZero();
    assertThat(data.getYValue(1, 1)).isEqualTo(100);
    assertThat(plot.getDomainAxis()).isInstanceOf(NumberAxis.class);
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100);
    assertThat(markers(plot)).containsExactlyInAnyOrder(50.0, 95.0);
  }

  @Test
  void startLatencySpanningDecadesUsesALogAxis() {
    RunResult run =
        Fixtures.run(
            Fixtures.series(),
            List.of(Fixtures.started("od", 0, 2_000), Fixtures.started("od", 0, 600_000)));

    assertThat(plot(Charts.START_LATENCY, run).getDomainAxis()).isInstanceOf(LogAxis.class);
  }

  @Test
  void manyTasksPlotAsAFewHundredPoints() {
    List<TaskRecord> tasks = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      tasks.add(Fixtures.started("FARGATE", i, i + 40_000 + (i * 7919L) % 30_000));
    }
    XYDataset data =
        plot(Charts.START_LATENCY, Fixtures.run(Fixtures.series(), tasks)).getDataset();

    assertThat(data.getItemCount(0)).isLessThanOrEqualTo(2 * StartLatencyChart.CORNERS);
    assertThat(data.getYValue(0, data.getItemCount(0) - 1)).isEqualTo(100);
  }

  @Test
  void aProviderKeepsItsColourOnEveryChart() {
    // FARGATE comes first, so numbering each chart's own series would paint od differently on the
    // cost chart (second) and the instances chart (first).
    TimeSeries series =
        new TimeSeries(
            List.of(
                SeriesNames.cumulativeCost("FARGATE"),
                SeriesNames.cumulativeCost("od"),
                SeriesNames.instances("od"),
                SeriesNames.capacityProviderReservation("od")));
    series.addRow(0, new double[] {0, 0, 1, 100});
    series.addRow(60_000, new double[] {0.001, 0.002, 2, 150});
    RunResult run = Fixtures.run(series, List.of(Fixtures.started("", 0, 5_000)));

    JFreeChart cost = Charts.CUMULATIVE_COST.build(run, style).orElseThrow();
    JFreeChart instances = Charts.INSTANCES.build(run, style).orElseThrow();
    JFreeChart reservation = Charts.CAPACITY_PROVIDER_RESERVATION.build(run, style).orElseThrow();
    JFreeChart latency = Charts.START_LATENCY.build(run, style).orElseThrow();

    assertThat(cost.getXYPlot().getRenderer().getSeriesPaint(1)).isEqualTo(style.color(1));
    assertThat(instances.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(style.color(1));
    assertThat(reservation.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(style.color(1));
    // Launch type EC2 is no provider of the series: the next colour after them.
    assertThat(latency.getXYPlot().getDataset().getSeriesKey(0).toString()).startsWith("EC2:");
    assertThat(latency.getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(style.color(2));
  }

  @Test
  void drainingInstancesAreADashedLineInTheProvidersColour() {
    TimeSeries series =
        new TimeSeries(List.of(SeriesNames.instances("FARGATE"), SeriesNames.instances("od"), SeriesNames.instancesDraining("od")));
    series.addRow(0, new double[] {0, 3, 0});
    series.addRow(60_000, new double[] {0, 3, 1});
    series.addRow(120_000, new double[] {0, 2, 0});
    RunResult run = Fixtures.run(series, List.of(Fixtures.started("", 0, 5_000)));

    XYPlot plot = plot(Charts.INSTANCES, run);
    XYDataset data = plot.getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(3);
    assertThat(data.getSeriesKey(2).toString()).isEqualTo("od: draining");
    double most = 0;
    for (int i = 0; i < data.getItemCount(2); i++) {
      most = Math.max(most, data.getYValue(2, i));
    }
    assertThat(most).isEqualTo(1.0);
    assertThat(plot.getRenderer().getSeriesPaint(2)).isEqualTo(plot.getRenderer().getSeriesPaint(1));
    assertThat(plot.getRenderer().getSeriesStroke(2)).isEqualTo(style.dashed());
  }
}
