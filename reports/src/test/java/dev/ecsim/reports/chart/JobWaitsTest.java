package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.metrics.TaskRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class JobWaitsTest {

  @Test
  void waitsPerJobInSecondsSortedCountingRetriesAndTasksStillWaitingButNotOthersTasks() {
    List<TaskRecord> tasks =
        List.of(
            TaskRecords.created("etl-1", "family:etl", 1_000, OptionalLong.of(31_000)),
            TaskRecords.created("etl-2", "family:etl", 2_000, OptionalLong.of(7_500)),
            // Retried after an interruption at 600 s; waited from its own createdAt.
            TaskRecords.created("etl-1-retry", "family:etl", 600_000, OptionalLong.of(600_250)),
            // Never started: at the end of the run (600 s) it has waited 597 s.
            TaskRecords.created("etl-3", "family:etl", 3_000, OptionalLong.empty()),
            TaskRecords.created("web-1", "service:web", 0, OptionalLong.of(90_000)),
            TaskRecords.created("report-1", "family:web", 0, OptionalLong.of(4_000)));

    SortedMap<String, JobWaits.Waits> waits = JobWaits.byJob(tasks, Set.of("etl", "report", "idle-job"), 600_000);

    assertThat(waits.keySet()).containsExactly("etl", "report");
    assertThat(waits.get("etl").sorted()).containsExactly(0.25, 5.5, 30, 597);
    assertThat(waits.get("etl").waitingAtEnd()).isEqualTo(1);
    assertThat(waits.get("etl").started()).isEqualTo(3);
    assertThat(waits.get("report").sorted()).containsExactly(4);
    assertThat(waits.get("report").waitingAtEnd()).isZero();
  }

  @Test
  void percentilesAreCommonsMathsDefaultAsInTheSummary() {
    // Waits 1, 2, ..., 20 s. Position p(n+1)/100: p50 at 10.5 -> 10 + .5 x 1 = 10.5;
    // p95 at 19.95 -> 19 + .95 x 1 = 19.95; p99 at 20.79, past the last -> 20.
    List<TaskRecord> tasks = new ArrayList<>();
    for (int i = 20; i >= 1; i--) {
      tasks.add(TaskRecords.created("etl-" + i, "family:etl", 0, OptionalLong.of(i * 1_000L)));
    }

    double[] waits = JobWaits.byJob(tasks, Set.of("etl"), 600_000).get("etl").sorted();

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
