package dev.ecsim.service;

import dev.ecsim.run.Recorded;
import static dev.ecsim.testing.Scenarios.issues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Simulation;
import dev.ecsim.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * Jobs submitted on an AWS schedule expression (docs/scenario-reference.md: {schedule: "cron(...)", count: N}):
 * the nightly batch. Times worked by hand in the schedule's zone.
 */
class ScheduledArrivalsTest {

  private static String scenario(String arrivals) {
    return """
        name: nightly
        duration: 2d
        startTime: 2026-01-05T00:00:00Z
        %s
        taskDefinitions:
          - {family: t, cpu: 512, memory: 1024, containerDefinitions: [{name: c, image: "t:1"}]}
        jobs:
          - {name: etl, taskDefinition: t, arrivals: %s, duration: {fixed: 10m}}
        """.formatted(Scenarios.cluster("m5.xlarge", 2), arrivals);
  }

  @Test
  void threeTasksEveryNightAtTwoBerlinTime() {
    Recorded r = Recorded.run(Simulation.build(Scenarios.parse(
        scenario("{schedule: \"cron(0 2 * * ? *)\", count: 3, timezone: Europe/Berlin}"))));
    // 02:00 in Berlin in January (CET, UTC+1) is 01:00Z: 3,600 s on Jan 5 and 90,000 s on Jan 6.
    assertThat(r.tasks()).extracting(TaskRecord::createdAt)
        .containsExactly(3_600_000L, 3_600_000L, 3_600_000L, 90_000_000L, 90_000_000L, 90_000_000L);
    assertThat(r.summary().jobs().get("etl").submitted()).isEqualTo(6);
  }

  /**
   * A run covers [start, start + duration): an arrival at the horizon itself is not part of it.
   * Every 10 minutes over 2 days is 2 x 24 x 6 = 288 tasks (0 s ... 172,200 s), not 289; a cron
   * firing every minute fires 2 x 24 x 60 = 2,880 times (0 s ... 172,740 s), not 2,881.
   */
  @Test
  void anArrivalAtTheHorizonIsNotPartOfTheRun() {
    Recorded fixed = Recorded.run(Simulation.build(Scenarios.parse(scenario("{fixed: 10m}"))));
    assertThat(fixed.summary().jobs().get("etl").submitted()).isEqualTo(288);
    assertThat(fixed.tasks()).extracting(TaskRecord::createdAt).last().isEqualTo(172_200_000L);
    Recorded cron = Recorded.run(Simulation.build(Scenarios.parse(scenario("{schedule: \"cron(* * * * ? *)\"}"))));
    assertThat(cron.summary().jobs().get("etl").submitted()).isEqualTo(2_880);
    assertThat(cron.tasks()).extracting(TaskRecord::createdAt).allMatch(t -> t < 172_800_000L);
  }

  @Test
  void aBadScheduleIsReportedAtItsColumnAndCountNeedsASchedule() {
    assertThat(issues(scenario("{schedule: \"cron(0 25 * * ? *)\"}")))
        .anySatisfy(i -> assertThat(i.path()).isEqualTo("jobs[0].arrivals.schedule"));
    assertThat(issues(scenario("{poisson: {rate: 1/h}, count: 3}")))
        .anySatisfy(i -> assertThat(i.message()).contains("'count' goes with 'schedule'"));
  }
}
