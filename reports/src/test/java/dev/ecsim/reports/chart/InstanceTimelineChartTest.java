package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.chart.InstanceLives.InstanceLife;
import dev.ecsim.reports.chart.TimelineRows.Row;
import dev.ecsim.reports.chart.TimelineRows.TaskBar;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.junit.jupiter.api.Test;

class InstanceTimelineChartTest {

  /** Guards the wording the parser relies on: sim-core's registrations of a real run. */
  @Test
  void aRealRunsInstancesAreReadWithTheirBootTime() {
    RunResult run = RealRun.get();

    List<InstanceLife> lives = InstanceLives.fromEvents(run.events());

    // One instance from the start, the rest launched by managed scaling and booted in 90 s.
    assertThat(lives).hasSizeGreaterThan(2);
    assertThat(lives.size()).isLessThanOrEqualTo((int) run.summary().cluster().instancesLaunched());
    assertThat(lives.get(0).launchedAt()).isZero();
    assertThat(lives.get(0).registeredAt()).isZero();
    for (InstanceLife life : lives.subList(1, lives.size())) {
      assertThat(life.registeredAt() - life.launchedAt()).as(life.id()).isEqualTo(90_000);
    }
    assertThat(lives).anySatisfy(life -> assertThat(life.terminatedAt()).isPresent());
  }

  @Test
  void everyPlacedTaskIsOneBarAndNoTwoOverlappingBarsShareALane() {
    RunResult run = RealRun.get();
    long end = InstanceTimelineChart.runEndMillis(run);

    List<Row> rows =
        TimelineRows.rows(
            InstanceLives.fromEvents(run.events()), run.tasks().instanceTasks().orElseThrow().byInstance());

    // Placed on an instance (its pull started) and not stopped the moment it was.
    long placed =
        RealRun.tasks().stream()
            .filter(t -> t.containerInstanceId().isPresent() && t.pullStartedAt().isPresent())
            .filter(t -> Math.min(t.stoppedAt().orElse(end), end) > t.pullStartedAt().getAsLong())
            .count();
    assertThat(rows.stream().mapToInt(r -> r.tasks().size()).sum()).isEqualTo((int) placed);
    for (Row row : rows) {
      List<TaskBar> bars = row.tasks();
      for (int i = 0; i < bars.size(); i++) {
        for (int j = i + 1; j < bars.size(); j++) {
          TaskBar a = bars.get(i);
          TaskBar b = bars.get(j);
          if (a.start() < b.end() && b.start() < a.end()) {
            assertThat(a.lane()).as("%s and %s", a, b).isNotEqualTo(b.lane());
          }
        }
      }
    }
    assertThat(rows).extracting(r -> r.tasks().size()).anySatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void oneRowPerInstanceLabelledInLaunchOrderAndColouredByServiceAndJob() {
    RunResult run = RealRun.get();

    JFreeChart chart = InstanceTimelineChart.build(run, ChartStyle.standard()).orElseThrow();

    List<InstanceLife> lives = InstanceLives.fromEvents(run.events());
    SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getRangeAxis();
    assertThat(rows.getSymbols()).hasSize(lives.size());
    assertThat(rows.getSymbols()[0]).startsWith(lives.get(0).id());
    List<String> series = new ArrayList<>();
    for (int s = 0; s < chart.getXYPlot().getDataset().getSeriesCount(); s++) {
      series.add(chart.getXYPlot().getDataset().getSeriesKey(s).toString());
    }
    assertThat(series)
        .containsExactlyInAnyOrder("etl", "web", "report", "instance booting", "instance registered");
  }

  @Test
  void fortyInstancesAreDrawnAndFortyOneAreTooMany() {
    assertThat(InstanceTimelineChart.build(withInstances(40), ChartStyle.standard())).isPresent();
    assertThat(InstanceTimelineChart.build(withInstances(41), ChartStyle.standard())).isEmpty();
  }

  @Test
  void aRunWithoutRegisteredInstancesHasNoTimeline() {
    // The fixture's registration lacks the container instance (an older wording).
    assertThat(InstanceTimelineChart.build(Fixtures.run("d"), ChartStyle.standard())).isEmpty();
  }

  /** The fixture run with {@code count} instances registered at the start, in sim-core's words and facts. */
  private static RunResult withInstances(int count) {
    List<EventRecord> events = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      events.add(
          new EventRecord(
              0,
              InstanceLives.REGISTERED,
              "od",
              String.format(
                  "i-%017x (m5.large, us-east-1a) registered as ci-%06d with 2048 CPU units and"
                      + " 8028 MiB",
                  i,
                  i),
              Fixtures.instance(String.format("i-%017x", i), String.format("ci-%06d", i), "m5.large", "us-east-1a",
                  0)));
    }
    RunResult fixture = Fixtures.run("d");
    return new RunResult(
        fixture.scenarioName(),
        "",
        fixture.summary(),
        fixture.series(),
        fixture.tasks(),
        events,
        List.of());
  }
}
