package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.TaskAggregates;
import dev.ecsim.metrics.TaskAggregator;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.reports.chart.InstanceLives.InstanceLife;
import dev.ecsim.reports.chart.TimelineRows.Row;
import dev.ecsim.reports.chart.TimelineRows.TaskBar;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {

  private static final long END = 120_000;

  private static InstanceLife instance(String id, long launchedAt) {
    return new InstanceLife(id, "od", "m5.large", "us-east-1a", launchedAt, launchedAt, OptionalLong.empty());
  }

  private static final List<InstanceLife> INSTANCES =
      List.of(instance("ci-000001", 0), instance("ci-000002", 5_000), instance("ci-000003", 9_000));

  private static final List<TaskRecord> TASKS =
      List.of(
          TaskRecords.onInstance("web-1", "service:web", "ci-000001", 0, OptionalLong.of(60_000)),
          TaskRecords.onInstance("etl-1", "family:etl", "ci-000001", 30_000, OptionalLong.of(90_000)),
          // Still running at the end of the run: its bar ends there.
          TaskRecords.onInstance("etl-2", "family:etl", "ci-000001", 60_000, OptionalLong.empty()),
          TaskRecords.onInstance("report-1", "family:web", "ci-000002", 10_000, OptionalLong.of(20_000)),
          // Stopped as it was placed: nothing to draw.
          TaskRecords.onInstance("etl-3", "family:etl", "ci-000002", 50_000, OptionalLong.of(50_000)),
          // On an instance the event log never registered.
          TaskRecords.onInstance("etl-4", "family:etl", "ci-000009", 0, OptionalLong.of(1_000)),
          // On Fargate: no instance.
          TaskRecords.created("etl-5", "family:etl", 0, OptionalLong.of(2_000)));

  /** The tasks' spans as a run keeps them (each to its stop or the end of the run). */
  private static Map<String, TaskAggregates.Spans> spans() {
    return TaskAggregator.of(TASKS, Set.of("etl", "report"), END).instanceTasks().orElseThrow().byInstance();
  }

  @Test
  void oneRowPerInstanceWithItsTasksInLanes() {
    List<Row> rows = TimelineRows.rows(INSTANCES, spans());

    // ci-000001: web-1 [0, 60) lane 0; etl-1 [30, 90) lane 1 (0 busy); etl-2 from 60 s, when
    // web-1 has left lane 0, to the end: lane 0. Two lanes.
    assertThat(rows).extracting(r -> r.instance().id()).containsExactly("ci-000001", "ci-000002", "ci-000003");
    assertThat(rows.get(0).tasks())
        .containsExactly(
            new TaskBar("web", 0, 60_000, 0),
            new TaskBar("etl", 30_000, 90_000, 1),
            new TaskBar("etl", 60_000, END, 0));
    assertThat(rows.get(0).lanes()).isEqualTo(2);
    assertThat(rows.get(1).tasks()).containsExactly(new TaskBar("report", 10_000, 20_000, 0));
    assertThat(rows.get(1).lanes()).isEqualTo(1);
    // An instance that ran nothing still has its row, one lane high.
    assertThat(rows.get(2).tasks()).isEmpty();
    assertThat(rows.get(2).lanes()).isEqualTo(1);
  }

  @Test
  void barTimePerOwnerDecidesTheColours() {
    List<Row> rows = TimelineRows.rows(INSTANCES, spans());

    // etl: 60 s + 60 s; web 60 s; report 10 s.
    assertThat(TimelineRows.barMillisByOwner(rows))
        .isEqualTo(Map.of("etl", 120_000.0, "web", 60_000.0, "report", 10_000.0));
  }

  @Test
  void barsTooNarrowToTellApartJoinWithinALaneAndOwner() {
    // A pixel is 1 s; a bar under 3 s shows no ends.
    List<TaskBar> bars =
        List.of(
            new TaskBar("etl", 0, 2_000, 0),
            new TaskBar("etl", 2_500, 4_000, 0), // half a pixel after a narrow one: joined
            new TaskBar("etl", 4_200, 100_000, 0), // both wide now: kept apart
            new TaskBar("web", 100_000, 101_000, 0), // another owner
            new TaskBar("etl", 0, 1_000, 1), // another lane
            new TaskBar("etl", 5_000, 6_000, 2),
            new TaskBar("etl", 7_000, 7_500, 2)); // a whole pixel of gap: kept apart

    assertThat(TimelineRows.joinUnreadable(bars, 1_000))
        .containsExactly(
            new TaskBar("etl", 0, 4_000, 0),
            new TaskBar("etl", 4_200, 100_000, 0),
            new TaskBar("web", 100_000, 101_000, 0),
            new TaskBar("etl", 0, 1_000, 1),
            new TaskBar("etl", 5_000, 6_000, 2),
            new TaskBar("etl", 7_000, 7_500, 2));
  }

  @Test
  void labelsSayLessAsRowsGetThinner() {
    InstanceLife ci = instance("ci-000001", 0);

    assertThat(TimelineRows.label(ci, 16)).isEqualTo("ci-000001 m5.large us-east-1a");
    assertThat(TimelineRows.label(ci, 17)).isEqualTo("ci-000001 m5.large");
    assertThat(TimelineRows.label(ci, 29)).isEqualTo("ci-000001");
  }
}
