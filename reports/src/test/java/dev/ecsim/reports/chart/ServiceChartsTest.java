package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.reports.Fixtures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The service charts: one per service with its markers, and CPU utilization of all. */
class ServiceChartsTest {

  private final ChartStyle style = ChartStyle.standard();

  private static final double HOUR = 3_600_000.0;

  private static List<String> legend(XYPlot plot) {
    List<String> labels = new ArrayList<>();
    LegendItemCollection items = plot.getLegendItems();
    for (int i = 0; i < items.getItemCount(); i++) {
      labels.add(items.get(i).getLabel());
    }
    return labels;
  }

  private static List<Double> domainMarkers(XYPlot plot) {
    Collection<?> markers = plot.getDomainMarkers(Layer.BACKGROUND);
    List<Double> values = new ArrayList<>();
    if (markers != null) {
      for (Object marker : markers) {
        values.add(((ValueMarker) marker).getValue());
      }
    }
    return values;
  }

  /** Dataset indexes of ServiceChart. */
  private static final int TRIANGLES = 0;

  private static final int TASKS = 1;
  private static final int LOAD = 2;

  @Test
  void theFixtureServiceShowsItsTasksLoadScalingAndDeployment() {
    XYPlot plot = Charts.SERVICE.build(Fixtures.run("d"), style).orElseThrow().getXYPlot();

    XYDataset triangles = plot.getDataset(TRIANGLES);
    assertThat(triangles.getSeriesCount()).isEqualTo(2);
    // Scale-out 2 -> 4 at 2 min, scale-in 4 -> 3 at 4 min, each at the count it set.
    assertThat(triangles.getItemCount(0)).isEqualTo(1);
    assertThat(triangles.getXValue(0, 0)).isCloseTo(2 / 60.0, within(1e-12));
    assertThat(triangles.getYValue(0, 0)).isEqualTo(4);
    assertThat(triangles.getXValue(1, 0)).isCloseTo(4 / 60.0, within(1e-12));
    assertThat(triangles.getYValue(1, 0)).isEqualTo(3);

    XYDataset tasks = plot.getDataset(TASKS);
    // JFreeChart's series key is a raw Comparable: compared as an Object, no unchecked call.
    assertThat((Object) tasks.getSeriesKey(1)).isEqualTo("running");
    // Step shape of 0, 2, 2, 4, 3: the last point is the last sample.
    int last = tasks.getItemCount(1) - 1;
    assertThat(tasks.getItemCount(1)).isEqualTo(9);
    assertThat(tasks.getYValue(1, last)).isEqualTo(3);
    assertThat(tasks.getYValue(1, last - 1)).isEqualTo(4);

    assertThat(plot.getRangeAxisForDataset(LOAD).getLabel()).isEqualTo("requests per second");
    assertThat(plot.getDataset(LOAD).getYValue(0, 2)).isEqualTo(400);
    assertThat(domainMarkers(plot)).containsExactly(150_000 / HOUR, 210_000 / HOUR);
    assertThat(legend(plot))
        .containsExactly(
            "desired",
            "running",
            "pending",
            "offered load (right axis)",
            "scale-out (1)",
            "scale-in (1)",
            "deployment started (1)",
            "deployment completed (1)");
  }

  @Test
  void eachServiceGetsItsOwnChartNamedAfterIt() {
    TimeSeries series =
        new TimeSeries(List.of(SeriesNames.serviceDesired("web"), SeriesNames.serviceRunning("web"), SeriesNames.serviceDesired("api")));
    series.addRow(0, new double[] {2, 2, 1});
    series.addRow(60_000, new double[] {2, 2, 1});
    RunResult run = Fixtures.run(series, List.of());

    List<Charts.Drawn> drawn = Charts.SERVICE.draw(run, style);

    assertThat(drawn)
        .extracting(Charts.Drawn::fileName)
        .containsExactly("service-web", "service-api");
    // The fixture events scale web; neither has a load column.
    assertThat(drawn)
        .extracting(Charts.Drawn::title)
        .containsExactly("Service web: tasks and scaling", "Service api: tasks");
    XYPlot api = drawn.get(1).chart().getXYPlot();
    assertThat(api.getRangeAxisCount()).isEqualTo(1);
    assertThat(legend(api)).containsExactly("desired");
  }

  @Test
  void titlesNameWhatTheChartShows() {
    assertThat(ServiceChart.title("web", false, false)).isEqualTo("Service web: tasks");
    assertThat(ServiceChart.title("web", true, false))
        .isEqualTo("Service web: tasks and offered load");
    assertThat(ServiceChart.title("web", true, true))
        .isEqualTo("Service web: tasks, offered load and scaling");
  }

  @Test
  void aWeekOfScalingIsBucketedAndItsMarkersGroupedPerBucket() {
    int rows = 7 * 24 * 60 + 1;
    List<EventRecord> events = new ArrayList<>();
    for (int i = 0; i < rows; i += 10) {
      boolean up = i % 20 == 0;
      events.add(
          new EventRecord(
              i * 60_000L,
              EventType.SCALING_ACTIVITY,
              "web",
              up ? "...; desired count 5 → 6" : "...; desired count 6 → 5",
              up ? EventFacts.desiredCount("web", 5, 6) : EventFacts.desiredCount("web", 6, 5)));
    }
    for (int day = 0; day < 7; day++) {
      events.add(new EventRecord(day * 86_400_000L, EventType.DEPLOYMENT_STARTED, "web", "rolling out"));
    }
    events.sort((a, b) -> Long.compare(a.timeMillis(), b.timeMillis()));
    RunResult run =
        new RunResult(
            "week",
            "",
            Fixtures.summary(),
            Fixtures.longSeries(rows),
            Fixtures.noTasks(),
            events,
            List.of());

    JFreeChart chart = Charts.SERVICE.build(run, style).orElseThrow();
    XYPlot plot = chart.getXYPlot();

    assertThat(plot.getDomainAxis().getLabel()).isEqualTo("days since start");
    XYDataset tasks = plot.getDataset(TASKS);
    for (int s = 0; s < tasks.getSeriesCount(); s++) {
      // A step line repeats each bucket's time once.
      assertThat(tasks.getItemCount(s)).isLessThanOrEqualTo(2 * style.maxPoints() - 1);
    }
    XYDataset triangles = plot.getDataset(TRIANGLES);
    // 1,000 px in buckets of a 12-px triangle and a 2-px gap: 71 buckets of 142 min, each holding
    // 14 or 15 of the steps 10 min apart, so one marker per bucket and no more.
    assertThat(ServiceChart.markerBuckets(style)).isEqualTo(71);
    assertThat(triangles.getItemCount(0) + triangles.getItemCount(1)).isEqualTo(71);
    for (int s = 0; s < 2; s++) {
      for (int i = 1; i < triangles.getItemCount(s); i++) {
        // Markers of one way are at least a bucket apart: 142 min is 0.0986 d.
        assertThat(triangles.getXValue(s, i) - triangles.getXValue(s, i - 1)).isGreaterThan(0.09);
      }
    }
    assertThat(legend(plot))
        .contains("scale-out (505)", "scale-in (504)", "deployment started (7)");
    assertThat(domainMarkers(plot)).hasSize(7);
    // Running keeps each bucket's minimum, desired its maximum: the dips of a replaced task show.
    boolean dipShown = false;
    for (int i = 0; i < tasks.getItemCount(0); i++) {
      dipShown |= tasks.getYValue(1, i) < tasks.getYValue(0, i);
    }
    assertThat(dipShown).isTrue();
  }

  @Test
  void cpuUtilizationHasOneLinePerServiceWithLoadAndAGapBeforeTheFirstDatapoint() {
    XYPlot plot =
        Charts.SERVICE_CPU_UTILIZATION.build(Fixtures.run("d"), style).orElseThrow().getXYPlot();
    XYDataset data = plot.getDataset();

    assertThat(data.getSeriesCount()).isEqualTo(1);
    assertThat((Object) data.getSeriesKey(0)).isEqualTo("web");
    assertThat(data.getYValue(0, 0)).isNaN();
    assertThat(data.getYValue(0, 1)).isEqualTo(83.3);
    assertThat(plot.getRangeAxis().getUpperBound()).isEqualTo(100);
  }
}
