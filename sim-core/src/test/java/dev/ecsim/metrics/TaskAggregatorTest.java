package dev.ecsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a run keeps of its tasks, from tasks worked by hand. */
class TaskAggregatorTest {
  private static final long END = 600_000;

  /** A task of {@code owner}; {@code started}, {@code stopped} in ms, or -1 for never. */
  private static TaskRecord task(String id, String owner, String provider, String instance, long created,
      long started, long stopped, String stopCode, double cost) {
    boolean fargate = provider.startsWith("FARGATE");
    return new TaskRecord(id, owner, "family:" + owner, owner, fargate ? "FARGATE" : "EC2", provider,
        instance.isEmpty() ? Optional.empty() : Optional.of(instance), Optional.empty(), Optional.empty(), 1024,
        2048, created, started < 0 ? OptionalLong.empty() : OptionalLong.of(created),
        OptionalLong.empty(), started < 0 ? OptionalLong.empty() : OptionalLong.of(started),
        stopped < 0 ? OptionalLong.empty() : OptionalLong.of(stopped),
        stopped < 0 ? OptionalLong.empty() : OptionalLong.of(stopped),
        Optional.ofNullable(stopCode), Optional.empty(), cost);
  }

  @Test
  void countsCostsAndStartLatenciesPerProviderAscending() {
    TaskAggregates a = TaskAggregator.of(List.of(
        task("etl-1", "etl", "od", "ci-1", 1_000, 31_000, 90_000, "EssentialContainerExited", 0.25),
        task("web-1", "web", "FARGATE", "", 0, 62_500, -1, null, 1.5),
        task("etl-2", "etl", "od", "ci-1", 10_000, 15_000, 20_000, "SpotInterruption", 0.125),
        // Run with launch type EC2: no provider, counted as "EC2" as summary.json's start latency does.
        task("adhoc-1", "adhoc", "", "ci-2", 0, 2_000, -1, null, 0.5),
        task("etl-3", "etl", "od", "", 50_000, -1, -1, null, 0)), Set.of("etl", "adhoc"), END);

    assertThat(a.launched()).isEqualTo(5);
    assertThat(a.stoppedByCode()).containsOnly(
        java.util.Map.entry("EssentialContainerExited", 1L), java.util.Map.entry("SpotInterruption", 1L));
    assertThat(a.costUsdByOwner()).containsEntry("etl", 0.375).containsEntry("web", 1.5).containsEntry("adhoc", 0.5);
    assertThat(a.fargateCostUsdByProvider()).containsOnlyKeys("FARGATE").containsEntry("FARGATE", 1.5);
    assertThat(a.ec2AllocatedUsd()).isCloseTo(0.875, within(1e-12));
    assertThat(a.startLatencySeconds().keySet()).containsExactly("EC2", "FARGATE", "od");
    assertThat(a.startLatencySeconds().get("od")).containsExactly(5, 30);
    assertThat(a.startLatencySeconds().get("FARGATE")).containsExactly(62.5);
    assertThat(a.startLatencySeconds().get("EC2")).containsExactly(2);
  }

  @Test
  void jobWaitsCountStartedTasksAndThoseStillWaitingButNotOnesStoppedBeforeStarting() {
    TaskAggregates a = TaskAggregator.of(List.of(
        task("etl-1", "etl", "od", "ci-1", 1_000, 31_000, 90_000, "EssentialContainerExited", 0),
        task("etl-2", "etl", "od", "ci-1", 2_000, 7_500, -1, null, 0),
        // Retried after an interruption at 500 s; waits from its own createdAt.
        task("etl-1-retry", "etl", "od", "ci-1", 500_000, 500_250, -1, null, 0),
        // Still waiting at the end (600 s): it has waited 597 s so far.
        task("etl-3", "etl", "od", "", 3_000, -1, -1, null, 0),
        // Stopped while its instance went, before it started: no wait (as the job's figures count).
        task("etl-4", "etl", "od", "ci-1", 4_000, -1, 100_000, "SpotInterruption", 0),
        // A service's task and a job not given: no waits.
        task("web-1", "web", "od", "ci-1", 0, 90_000, -1, null, 0),
        task("report-1", "report", "od", "ci-1", 0, 4_000, -1, null, 0)), Set.of("etl", "idle"), END);

    assertThat(a.jobWaits().keySet()).containsExactly("etl");
    assertThat(a.jobWaits().get("etl").sorted()).containsExactly(0.25, 5.5, 30, 597);
    assertThat(a.jobWaits().get("etl").waitingAtEnd()).isEqualTo(1);
    assertThat(a.jobWaits().get("etl").started()).isEqualTo(3);
  }

  @Test
  void instanceSpansRunFromPlacementToStopOrTheEndAndSkipTasksStoppedAsPlaced() {
    TaskAggregates a = TaskAggregator.of(List.of(
        task("web-1", "web", "od", "ci-1", 0, 5_000, 60_000, "x", 0),
        task("etl-1", "etl", "od", "ci-1", 30_000, 35_000, -1, null, 0),
        task("etl-2", "etl", "od", "ci-2", 50_000, -1, 50_000, "x", 0),
        task("etl-3", "etl", "FARGATE", "", 0, 1_000, 2_000, "x", 0)), Set.of("etl"), END);

    var byInstance = a.instanceTasks().orElseThrow().byInstance();
    assertThat(byInstance.keySet()).containsExactlyInAnyOrder("ci-1", "ci-2");
    assertThat(TaskAggregates.list(byInstance.get("ci-1"))).containsExactly(
        new TaskAggregates.Span("web", 0, 60_000), new TaskAggregates.Span("etl", 30_000, END));
    assertThat(byInstance.get("ci-2").size()).isZero();
  }

  @Test
  void instanceSpansAreDroppedOnceMoreInstancesRanThanTheTimelineDraws() {
    List<TaskRecord> tasks = new ArrayList<>();
    for (int i = 1; i <= TaskAggregator.TIMELINE_MAX_INSTANCES; i++) {
      tasks.add(task("etl-" + i, "etl", "od", "ci-" + i, 0, 1_000, 2_000, "x", 0));
    }
    assertThat(TaskAggregator.of(tasks, Set.of(), END).instanceTasks()).isPresent();

    tasks.add(task("etl-41", "etl", "od", "ci-41", 0, 1_000, 2_000, "x", 0));
    tasks.add(task("etl-42", "etl", "od", "ci-1", 0, 1_000, 2_000, "x", 0));
    assertThat(TaskAggregator.of(tasks, Set.of(), END).instanceTasks()).isEmpty();
  }

  @Test
  void spotNoticesPerServiceAscending() {
    TaskAggregator aggregator = new TaskAggregator(Set.of(), END);
    aggregator.spotNotice("web", 300_000);
    aggregator.spotNotice("api", 90_000);
    aggregator.spotNotice("web", 80_000);

    assertThat(aggregator.result().spotNoticesByOwner().keySet()).containsExactly("api", "web");
    assertThat(aggregator.result().spotNoticesByOwner().get("web")).containsExactly(80_000, 300_000);
  }
}
