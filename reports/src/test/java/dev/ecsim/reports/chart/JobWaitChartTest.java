package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TaskAggregator;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.reports.Fixtures;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;

class JobWaitChartTest {

  private static double[] lines(JFreeChart chart) {
    Collection<?> markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
    return markers.stream().mapToDouble(m -> ((ValueMarker) m).getValue()).toArray();
  }

  private static int tasksInBars(JFreeChart chart) {
    IntervalXYDataset bars = (IntervalXYDataset) chart.getXYPlot().getDataset();
    int sum = 0;
    for (int i = 0; i < bars.getItemCount(0); i++) {
      sum += (int) bars.getYValue(0, i);
    }
    return sum;
  }

  @Test
  void theLinesAreTheSummarysWaitPercentilesOfARealRun() {
    RunResult run = RealRun.get();

    SortedMap<String, JFreeChart> charts = JobWaitChart.build(run, ChartStyle.standard());

    assertThat(charts.keySet()).containsExactly("etl", "report");
    for (String job : charts.keySet()) {
      Summary.JobFigures figures = run.summary().jobs().get(job);
      assertThat(lines(charts.get(job)))
          .as(job)
          .containsExactly(figures.waitSecondsP50(), figures.waitSecondsP95(), figures.waitSecondsP99());
    }
    // The run queues etl tasks for capacity: its p99 is not its median.
    assertThat(run.summary().jobs().get("etl").waitSecondsP99())
        .isGreaterThan(run.summary().jobs().get("etl").waitSecondsP50());
  }

  @Test
  void theBarsHoldEveryTaskOfTheJob() {
    RunResult run = RealRun.get();
    // Every task that waited: those that started and those still waiting at the end. A task stopped
    // before it started (its instance scaled in under it: the fixture keeps the API's default,
    // managed termination protection off) has no wait; its retry has its own.
    long tasks = RealRun.tasks().stream().filter(t -> t.serviceOrJob().equals("etl"))
        .filter(t -> t.startedAt().isPresent() || t.stoppedAt().isEmpty()).count();
    long waitingAtEnd = run.summary().jobs().get("etl").waitingAtEnd();

    JFreeChart etl = JobWaitChart.build(run, ChartStyle.standard()).get("etl");

    assertThat(tasks).isPositive();
    assertThat(tasksInBars(etl)).isEqualTo(tasks);
    assertThat(etl.getXYPlot().getDataset().getSeriesKey(0).toString())
        .startsWith(String.format(java.util.Locale.ROOT, "%,d task", tasks - waitingAtEnd));
  }

  @Test
  void handWorkedWaitsGiveTheirPercentilesAsLabelledLines() {
    // Waits 1 .. 20 s: p50 10.5, p95 19.95, p99 20 (see JobWaitsTest).
    List<TaskRecord> tasks =
        IntStream.rangeClosed(1, 20)
            .mapToObj(i -> TaskRecords.created("etl-" + i, "family:etl", 0, OptionalLong.of(i * 1_000L)))
            .toList();
    TaskAggregates.JobWaits waits = TaskAggregator.of(tasks, Set.of("etl"), 600_000).jobWaits().get("etl");

    JFreeChart chart = JobWaitChart.chart("etl", waits, ChartStyle.standard());

    assertThat(lines(chart)).containsExactly(10.5, 19.95, 20);
    Collection<?> markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);
    assertThat(markers)
        .extracting(m -> ((ValueMarker) m).getLabel())
        // Java's %.1f rounds 19.95 half up: "20.0".
        .containsExactly("p50 10.5 s", "p95 20.0 s", "p99 20.0 s");
    assertThat(tasksInBars(chart)).isEqualTo(20);
    assertThat(chart.getTitle().getText()).isEqualTo("Job etl: wait from created to started");
  }

  @Test
  void aJobWhoseTasksNeverStartedIsDrawnWithTheirWaitsSoFar() {
    // The fixture run ends at 240 s; a task created at 40 s and never started has waited 200 s.
    RunResult run =
        Fixtures.run(
            Fixtures.series(),
            List.of(TaskRecords.created("etl-1", "family:etl", 40_000, OptionalLong.empty())));

    JFreeChart etl = JobWaitChart.build(run, ChartStyle.standard()).get("etl");

    assertThat(lines(etl)).containsExactly(200, 200, 200);
    assertThat(tasksInBars(etl)).isEqualTo(1);
    // JFreeChart's series key is a raw Comparable: compared as an Object, no unchecked call.
    assertThat((Object) etl.getXYPlot().getDataset().getSeriesKey(0))
        .isEqualTo("0 tasks started, 1 still waiting at the end (wait so far)");
  }
}
