package dev.ecsim.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.metrics.SeriesKey;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The teaching scenarios in scenarios/scaling/ do what their comments say. Every figure here is
 * worked out by hand from the rules (docs/ecs-behaviour.md §5.3–§5.4, §6.1–§6.4 and their ecsim
 * decisions), not read off a run; the comments show the sums.
 */
class ScalingScenariosTest {
  private static final long MINUTE = 60_000;
  private static final long HOUR = 60 * MINUTE;

  private static RunResult run(String file) throws Exception {
    return Simulation.build(ScenarioLoader.load(Path.of("../scenarios/scaling/" + file))).run();
  }

  private static List<EventRecord> events(RunResult r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).toList();
  }

  /** The sample taken at {@code timeMillis} (a row describes the period that ends then). */
  private static double at(RunResult r, SeriesKey column, long timeMillis) {
    TimeSeries s = r.series();
    for (int row = 0; row < s.rows(); row++) {
      if (s.timeMillis(row) == timeMillis) {
        return s.column(column)[row];
      }
    }
    throw new AssertionError("no sample at " + timeMillis + " ms");
  }

  @Test
  void targetTrackingStep() throws Exception {
    RunResult r = run("target-tracking-step.yaml");
    SeriesKey desired = SeriesNames.serviceDesired("web");
    SeriesKey cpu = SeriesNames.serviceCpuUtilization("web");
    // 190 / (4 x 100) = 47.5 %: neither above 50 nor below 45, so nothing before the step.
    assertThat(at(r, cpu, 10 * MINUTE)).isCloseTo(47.5, within(1e-9));
    // 460/s on 4 x 100: 100 % CPU in the minutes ending 11, 12 and 13: the 3-of-3 alarm fires at
    // 780 s and the count goes to ceil(4 x 100 / 50) = 8.
    assertThat(at(r, cpu, 11 * MINUTE)).isCloseTo(100.0, within(1e-9));
    List<EventRecord> scaling = events(r, EventType.SCALING_ACTIVITY);
    assertThat(scaling.get(0).timeMillis()).isEqualTo(13 * MINUTE);
    assertThat(scaling.get(0).message()).contains("ceil(4 × 100 / 50) = 8").contains("desired count 4 → 8");
    // 840 s: still 4 running at 100 %, ceil(4 x 100 / 50) = 8 again, not above the 8 the scale-out
    // cooldown remembers: nothing.
    assertThat(scaling.get(1).timeMillis()).isGreaterThan(14 * MINUTE);
    // The four new tasks do not fit the full m6i.large (4 x 512 of 2,048 units). Cluster auto
    // scaling's next minute, 840 s, sees them: M = 8 tasks / 4 per instance = 2, N = 1, CPR 200;
    // the four waiting tasks bin-pack onto one instance: launch 1.
    EventRecord launch = events(r, EventType.INSTANCES_LAUNCHED).get(0);
    assertThat(launch.timeMillis()).isEqualTo(14 * MINUTE);
    assertThat(launch.message()).contains("CapacityProviderReservation 200").contains("launching 1");
    // The way back from the overshoot to 14: 460 / 1,400 = 32.86 % for 15 minutes, then one
    // scale-in to ceil(14 x 32.86 / 50) = ceil(9.2) = 10 and no scale-out after it (the floor rule
    // went to 9, 51.1 %, and back up to 10 three minutes later).
    assertThat(scaling).filteredOn(e -> e.message().contains("desired count 14 → 10")).hasSize(1);
    assertThat(scaling).noneMatch(e -> e.message().contains("→ 9;") || e.message().endsWith("→ 9"));
    // 460/s settles on 10 tasks: 46 % is inside [45, 50]; 9 would be 51.1 %, 11 41.8 %.
    assertThat(at(r, desired, 2 * HOUR)).isEqualTo(10.0);
    assertThat(at(r, cpu, 2 * HOUR)).isCloseTo(46.0, within(1e-9));
    // From 2 h, 150 / 1,000 = 15 %: the low alarm has its 15 breaching minutes at 2 h 15 min and
    // the count goes ceil(10 x 15 / 50) = 3 in one step; 150 / 300 = 50 % then holds.
    EventRecord last = scaling.get(scaling.size() - 1);
    assertThat(last.timeMillis()).isEqualTo(2 * HOUR + 15 * MINUTE);
    assertThat(last.message()).contains("ceil(10 × 15 / 50) = 3").contains("desired count 10 → 3");
    assertThat(scaling.stream().filter(e -> e.timeMillis() > 2 * HOUR)).containsExactly(last);
    assertThat(at(r, desired, 3 * HOUR)).isEqualTo(3.0);
    // binpack stops the tasks on the emptiest instances, leaving three tasks (1,536 units) on one
    // instance. Cluster auto scaling saw 10 tasks at 8,100 s (its tick comes before the tasks
    // stop), so its 15 low datapoints are 8,160 ... 9,000 s; then at most half of 3 instances (1)
    // a minute: 9,000 s and 9,060 s.
    assertThat(events(r, EventType.INSTANCE_TERMINATED).stream().filter(e -> e.timeMillis() > 2 * HOUR)
        .map(EventRecord::timeMillis)).containsExactly(9_000_000L, 9_060_000L);
    assertThat(at(r, SeriesNames.instances("web-asg"), 3 * HOUR)).isEqualTo(1.0);
  }

  @Test
  void stepScalingSpike() throws Exception {
    RunResult r = run("step-scaling-spike.yaml");
    // Worked in the scenario's comment: burst >= 70 on 2 of 2 minutes, [70, 90) +1, 90 and above
    // +3, cooldown 300 s counting further scale-outs from the first one's base; calm < 45 on 10 of
    // 10, -25 % rounded toward zero, every 300 s.
    assertThat(events(r, EventType.SCALING_ACTIVITY)).extracting(e -> e.timeMillis() / 1000, ScalingScenariosTest::change)
        .containsExactly(
            tuple(3_720L, "4 → 5"),    // 75 %: step [70, 90) +1
            tuple(4_800L, "5 → 4"),    // 40 % for 10 min: -25 % of 5 = -1.25 -> -1
            tuple(10_920L, "4 → 7"),   // 100 %: step [90, +inf) +3
            tuple(11_220L, "7 → 10"),  // cooldown over, still 100 %: +3 on 7
            tuple(11_520L, "10 → 11"), // 800 / 1,000 = 80 %: +1
            tuple(11_820L, "11 → 12"), // 72.7 %: +1
            tuple(12_600L, "12 → 9"),  // 16.7 % for 10 min: -3
            tuple(12_900L, "9 → 7"),   // -2.25 -> -2
            tuple(13_200L, "7 → 6"),   // -1.75 -> -1
            tuple(13_500L, "6 → 5"),   // -1.5 -> -1
            tuple(13_800L, "5 → 4"));  // -1.25 -> -1; then 50 %: OK
    List<EventRecord> scaling = events(r, EventType.SCALING_ACTIVITY);
    assertThat(scaling.get(0).message()).contains("Average of [75, 75] = 75, step [70, 90) → +1 on 4 running = 5");
    assertThat(scaling.get(2).message()).contains("step [90, +inf) → +3 on 4 running = 7");
    assertThat(scaling.get(3).message()).contains("+3 on 7 running = 10");
    assertThat(r.summary().services().get("api").desiredMax()).isEqualTo(12);
  }

  private static String change(EventRecord e) {
    String m = e.message();
    return m.substring(m.lastIndexOf("desired count ") + "desired count ".length());
  }

  @Test
  void businessHours() throws Exception {
    RunResult r = run("business-hours.yaml");
    // startTime Wednesday 2026-03-25 00:00Z. Berlin is UTC+1 until Sunday 29 March, UTC+2 after:
    // 07:45 local is 06:45Z (6.75 h) on 25-27 March and 05:45Z on 30-31 March (5 d + 5.75 h);
    // 20:00 local is 19:00Z, then 18:00Z. No fire on Saturday 28 or Sunday 29.
    long day = 24 * HOUR;
    List<Long> opens = List.of(6 * HOUR + 45 * MINUTE, day + 6 * HOUR + 45 * MINUTE, 2 * day + 6 * HOUR + 45 * MINUTE,
        5 * day + 5 * HOUR + 45 * MINUTE, 6 * day + 5 * HOUR + 45 * MINUTE);
    List<Long> closes = List.of(19 * HOUR, day + 19 * HOUR, 2 * day + 19 * HOUR, 5 * day + 18 * HOUR, 6 * day + 18 * HOUR);
    List<EventRecord> scheduled = events(r, EventType.SCHEDULED_ACTION);
    assertThat(scheduled).extracting(EventRecord::timeMillis).containsExactly(
        opens.get(0), closes.get(0), opens.get(1), closes.get(1), opens.get(2), closes.get(2),
        opens.get(3), closes.get(3), opens.get(4), closes.get(4));
    assertThat(scheduled.get(0).message()).contains("at 2026-03-25T06:45:00Z").contains("minCapacity 2 → 12");
    assertThat(scheduled.get(6).message()).contains("at 2026-03-30T05:45:00Z").contains("minCapacity 2 → 12");
    assertThat(scheduled.get(1).message()).contains("minCapacity 12 → 2");

    // Wednesday morning: the ramp 50 + 475 (1 + cos(2 pi (x - 14 h) / 24 h)) passes 8 x 60 =
    // 480/s at 07:38:15 local (cos = -0.0947, 95.44 deg = 6.36 h before the peak); the minutes
    // ending 07:39, 07:40 and 07:41 are above 60 %: 8 -> 9 at 06:41Z. 9 x 60 = 540/s comes only
    // after 08:00 (525/s), so at 07:45 the action lifts 9 to 12.
    List<EventRecord> scaling = events(r, EventType.SCALING_ACTIVITY);
    assertThat(scaling).filteredOn(e -> e.timeMillis() == 6 * HOUR + 41 * MINUTE).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("desired count 8 → 9"));
    assertThat(scheduled.get(0).message()).contains("desired count 9 → 12");
    // 08:00-08:30 local the rush adds 600/s: the minute ending 08:03 averages 530.2 + 600 = 1,130.2
    // requests/s on 12 tasks, 94.2 %; three breaching minutes: ceil(12 x 94.2 / 60) = 19 at 07:03Z.
    assertThat(scaling).filteredOn(e -> e.timeMillis() == 7 * HOUR + 3 * MINUTE).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("ceil(12 × 94.18").contains("desired count 12 → 19"));
    // Wednesday 20:00 local: the low alarm has been in ALARM since about 19:15 (the load fell below
    // 12 x 54 = 648/s at 19:00), held back by the floor of 12; with the floor at 2 it scales in, in
    // the same minute, to ceil(12 x m / 60) with m = 526.0 / 1,200 = 43.8 %: ceil(8.77) = 9, where
    // the same load is 58.4 %, at or below the target (8 would carry 65.8 %).
    assertThat(scaling).filteredOn(e -> e.timeMillis() == closes.get(0)).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("ceil(12 × 43.8").contains("desired count 12 → 9"));

    // Business hours: minCapacity 12 from each open to its close.
    TimeSeries s = r.series();
    double[] desired = s.column(SeriesNames.serviceDesired("shop"));
    for (int i = 0; i < opens.size(); i++) {
      for (int row = 0; row < s.rows(); row++) {
        if (s.timeMillis(row) >= opens.get(i) && s.timeMillis(row) < closes.get(i)) {
          assertThat(desired[row]).as("desired at %d ms", s.timeMillis(row)).isGreaterThanOrEqualTo(12);
        }
      }
    }
    // The weekend (Saturday 00:00 local = Friday 23:00Z to Monday 00:00 local = Sunday 22:00Z): no
    // action lifts the floor and the load peaks at 0.3 x 1,000 = 300/s, 5 tasks at 60 %.
    for (int row = 0; row < s.rows(); row++) {
      long t = s.timeMillis(row);
      if (t >= 2 * day + 23 * HOUR && t < 4 * day + 22 * HOUR) {
        assertThat(desired[row]).as("desired at %d ms", t).isLessThan(12);
        assertThat(s.column(SeriesNames.serviceOfferedLoad("shop"))[row]).isLessThanOrEqualTo(300.0 + 1e-9);
      }
    }
  }
}
