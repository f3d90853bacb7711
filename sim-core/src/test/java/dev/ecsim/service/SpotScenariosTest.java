package dev.ecsim.service;

import dev.ecsim.metrics.EventType;
import dev.ecsim.run.Recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.Summary;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.run.Recorded;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * The teaching scenarios in scenarios/spot/ do what their comments say. The draining pair has
 * listed interruption times, so its whole timeline is worked out by hand from the rules
 * (docs/ecs-behaviour.md §4.3, §4.4, §7.2; the sums are in the files' comments). The batch pair
 * and the Fargate Spot mix draw their interruptions from a rate, so for them only relations that
 * follow from the rules are asserted, never a figure read off a run.
 */
class SpotScenariosTest {
  private static final long SECOND = 1_000;
  private static final long HOUR = 3_600 * SECOND;
  /**
   * The EC2 Spot Instance Interruption Warning comes 120 s before the end
   * (docs/ecs-behaviour.md §4.3).
   */
  private static final long NOTICE = 120 * SECOND;

  private static Recorded run(String file) throws Exception {
    return Recorded.run(Simulation.build(ScenarioLoader.load(Path.of("../scenarios/spot/" + file))));
  }

  private static List<EventRecord> events(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).toList();
  }

  private static List<Long> times(Recorded r, EventType type) {
    return events(r, type).stream().map(EventRecord::timeMillis).toList();
  }

  private static TaskRecord task(Recorded r, String id) {
    return r.tasks().stream().filter(t -> t.taskId().equals(id)).findFirst().orElseThrow();
  }

  // ---- draining-on.yaml and draining-off.yaml ----

  /** The three listed interruptions, 1 h, 3 h and 5 h: each takes the oldest running instance. */
  private static final List<Long> NOTICES = List.of(HOUR, 3 * HOUR, 5 * HOUR);

  /**
   * A task's start-up in the draining pair: 250 MiB at 25 MiB/s = 10 s of image pull on an
   * instance without the image (every instance a task lands on here), then startTime 25 s.
   */
  private static final long START_UP = 10 * SECOND + 25 * SECOND;

  /** What both files share: the instances' timeline and the bill, draining or not. */
  private static void assertTheInstancesTimeline(Recorded r, boolean draining) {
    // The first three instances registered (ci-000001..3) are the oldest when their turn comes:
    // ci-000004 holds web-4 all along and ci-000005 (the spare) is younger.
    assertThat(times(r, EventType.SPOT_INTERRUPTION_WARNING)).containsExactlyElementsOf(NOTICES);
    List<EventRecord> notices = events(r, EventType.SPOT_INTERRUPTION_WARNING);
    for (int i = 0; i < 3; i++) {
      assertThat(notices.get(i).message()).contains("(ci-00000" + (i + 1) + ", m5.large")
          .contains("terminates at " + (NOTICES.get(i) + NOTICE) / 1000 + ".0 s");
      assertThat(notices.get(i).message().endsWith("; draining")).isEqualTo(draining);
    }
    // Terminated 120 s after the notice; the group replaces each at once (no capacity
    // rebalancing), and the replacement registers after its 45 s boot.
    List<Long> terminations = NOTICES.stream().map(t -> t + NOTICE).toList();
    assertThat(times(r, EventType.INSTANCE_TERMINATED)).containsExactlyElementsOf(terminations);
    assertThat(times(r, EventType.INSTANCES_LAUNCHED)).containsExactlyElementsOf(terminations);
    assertThat(times(r, EventType.INSTANCE_REGISTERED))
        .containsExactly(0L, 0L, 0L, 0L, 0L, 3_765 * SECOND, 10_965 * SECOND, 18_165 * SECOND);
    // Start: one task per instance (2,048 of m5.large's 2,048 units), spread over the zones, the
    // oldest instance on ties: web-1..4 on ci-000001..4, ci-000005 spare; all RUNNING at 35 s.
    for (int i = 1; i <= 4; i++) {
      TaskRecord t = task(r, "web-" + i);
      assertThat(t.containerInstanceId()).contains("ci-00000" + i);
      assertThat(t.startedAt()).isEqualTo(OptionalLong.of(START_UP));
    }
    assertThat(task(r, "web-4").stoppedAt()).isEmpty();
    assertThat(r.summary().spot().instanceInterruptions()).isEqualTo(3);
    assertThat(r.summary().spot().taskInterruptions()).isZero();
    // Each replacement instance is launched as the old one is terminated, so 5 instances are
    // billed for the whole 6 h: 30 instance-hours of spot m5.large at 0.096 x 0.40 = $0.0384/h.
    assertThat(r.summary().cluster().instanceHours()).isEqualTo(30.0);
    assertThat(r.summary().cost().totalUsd()).isCloseTo(30 * 0.096 * 0.40, within(1e-9));
  }

  @Test
  void drainingOnReplacesEachTaskBeforeItsInstanceGoes() throws Exception {
    Recorded r = run("draining-on.yaml");
    assertTheInstancesTimeline(r, true);
    // At the notice T the replacement starts on the spare instance (the only one with room),
    // RUNNING at T + 35, healthy 40 s later; then 5 healthy - 1 >= 4 (minimumHealthyPercent 100)
    // and the scheduler stops the old task at T + 75, before the termination at T + 120.
    for (int i = 0; i < 3; i++) {
      long notice = NOTICES.get(i);
      TaskRecord old = task(r, "web-" + (i + 1));
      assertThat(old.stoppedAt()).isEqualTo(OptionalLong.of(notice + START_UP + 40 * SECOND));
      assertThat(old.stopCode()).contains("ServiceSchedulerInitiated");
      TaskRecord replacement = task(r, "web-" + (i + 5));
      assertThat(replacement.containerInstanceId()).contains("ci-00000" + (i + 5));
      assertThat(replacement.createdAt()).isEqualTo(notice);
      assertThat(replacement.startedAt()).isEqualTo(OptionalLong.of(notice + START_UP));
      assertThat(replacement.stoppedAt()).isEmpty();
    }
    assertThat(r.tasks()).hasSize(7);
    // Nothing dies with an instance, and the service never stopped a task unexpectedly.
    assertThat(r.summary().tasks().stoppedBySpot()).isZero();
    assertThat(events(r, EventType.TASK_STOPPED)).isEmpty();
    // Below desired only while the first four start: 35 s, as it was before any interruption.
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(35.0);
  }

  @Test
  void drainingOffLosesEachTaskAtTheTerminationAndReplacesItThen() throws Exception {
    Recorded r = run("draining-off.yaml");
    assertTheInstancesTimeline(r, false);
    // The notice changes nothing; at T + 120 the task dies with its instance and the service
    // replaces it on the spare instance, RUNNING 35 s later.
    for (int i = 0; i < 3; i++) {
      long termination = NOTICES.get(i) + NOTICE;
      TaskRecord old = task(r, "web-" + (i + 1));
      assertThat(old.stoppedAt()).isEqualTo(OptionalLong.of(termination));
      assertThat(old.stopCode()).contains("SpotInterruption");
      TaskRecord replacement = task(r, "web-" + (i + 5));
      assertThat(replacement.containerInstanceId()).contains("ci-00000" + (i + 5));
      assertThat(replacement.createdAt()).isEqualTo(termination);
      assertThat(replacement.startedAt()).isEqualTo(OptionalLong.of(termination + START_UP));
    }
    assertThat(r.tasks()).hasSize(7);
    assertThat(r.summary().tasks().stoppedBySpot()).isEqualTo(3);
    assertThat(times(r, EventType.TASK_STOPPED)).containsExactly(3_720 * SECOND, 10_920 * SECOND, 18_120 * SECOND);
    // The first start-up plus one replacement's start-up per interrupted task: 35 + 3 x 35.
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(35.0 + 3 * 35.0);
  }

  // ---- interrupted-first-hour.yaml ----

  @Test
  void anInstanceInterruptedInItsFirstHourIsNotCharged() throws Exception {
    Recorded r = run("interrupted-first-hour.yaml");
    assertThat(times(r, EventType.SPOT_INTERRUPTION_WARNING)).containsExactly(1_800 * SECOND);
    assertThat(events(r, EventType.INSTANCE_TERMINATED)).singleElement().satisfies(e -> {
      assertThat(e.timeMillis()).isEqualTo(1_920 * SECOND);
      assertThat(e.message()).contains("(ci-000001,").endsWith("spot interruption");
    });
    assertThat(times(r, EventType.INSTANCES_LAUNCHED)).containsExactly(1_920 * SECOND);
    // EC2 UG, "Billing for interrupted Spot Instances": ci-000001 (0-1,920 s) costs nothing; the
    // replacement runs from 1,920 s to the 3 h horizon: 8,880 s x $0.0384/h (0.096 x 0.40) = $0.09472.
    assertThat(r.summary().cost().totalUsd()).isCloseTo(0.09472, within(1e-9));
    assertThat(r.summary().cost().byCapacityProvider()).containsOnlyKeys("spot-web");
    assertThat(r.summary().cluster().instanceHours()).isEqualTo(3.0);
    // The cumulative cost (1-minute samples) holds the first instance pro rata until its bill
    // closes at $0: 1,800 s of it at 1,800 s; at 1,980 s only the replacement's first 60 s.
    assertThat(cumulativeCostAt(r, 1_800 * SECOND)).isCloseTo(1_800 * 0.0384 / 3600, within(1e-9));
    assertThat(cumulativeCostAt(r, 1_980 * SECOND)).isCloseTo(60 * 0.0384 / 3600, within(1e-9));
  }

  @Test
  void theTasksOfAForgivenInstanceAreNotChargedEither() throws Exception {
    Recorded r = run("interrupted-first-hour.yaml");
    // Cost allocation splits each instance's bill by reservation; the first instance's bill is $0,
    // so the share its task was charged (0-1,920 s) is taken back. What stays is the replacement
    // task's share of the replacement, from its placement when the instance registers (1,920 s +
    // the 45 s boot) to the horizon: 1,024 / 2,048 CPU units and 2,048 / 8,028 MiB (m5.large, 98 %
    // of 8 GiB registered), weighed equally.
    double share = 0.5 * 1024 / 2048 + 0.5 * 2048 / 8028.0;
    double web = (10_800 - 1_965) * 0.0384 / 3600 * share;
    assertThat(r.summary().cost().byService().get("web")).isCloseTo(web, within(1e-6));
    assertThat(r.summary().cost().byService().get("idle")).isCloseTo(0.09472 - web, within(1e-6));
  }

  private static double cumulativeCostAt(Recorded r, long millis) {
    double[] cumulative = r.series().column(SeriesNames.cumulativeCost("spot-web"));
    for (int row = 0; row < r.series().rows(); row++) {
      if (r.series().timeMillis(row) == millis) {
        return cumulative[row];
      }
    }
    throw new AssertionError("no sample at " + millis + " ms");
  }

  // ---- batch-spot-vs-on-demand.yaml and batch-on-demand.yaml ----

  /**
   * c6i.xlarge on demand, USD per hour (docs/ecs-behaviour.md §4.1), and its catalog spot ratio
   * (§4.3).
   */
  private static final double C6I_XLARGE = 0.17;
  private static final double C6I_XLARGE_SPOT_RATIO = 0.38;
  /** interruptionRate 1/d: notices per instance-hour. */
  private static final double RATE_PER_HOUR = 1.0 / 24;
  /** The render job's longest run time, uniform [1 h, 3 h]. */
  private static final double LONGEST_TASK_SECONDS = 3 * 3_600;
  /** Two render tasks (2,048 units, 3 GiB) fit on a c6i.xlarge (4,096 units, 8,028 MiB). */
  private static final int TASKS_PER_INSTANCE = 2;

  @Test
  void batchOnSpotIsCheaperByThePriceRatioAndPaysInRetriedWork() throws Exception {
    Recorded spot = run("batch-spot-vs-on-demand.yaml");
    Recorded onDemand = run("batch-on-demand.yaml");
    Summary.JobFigures s = spot.summary().jobs().get("render");
    Summary.JobFigures o = onDemand.summary().jobs().get("render");

    // Common random numbers: the very same arrivals on both sides.
    assertThat(s.submitted()).isEqualTo(o.submitted()).isPositive();

    // On demand nothing is interrupted.
    assertThat(onDemand.summary().spot().instanceInterruptions()).isZero();
    assertThat(o.interrupted()).isZero();
    assertThat(o.retried()).isZero();
    assertThat(o.lostTaskSeconds()).isZero();
    assertThat(onDemand.summary().tasks().launched()).isEqualTo(o.submitted());

    // Spot: notices at 1/d per instance, within the 99.9 % Poisson interval of the instance-hours
    // at risk (instanceHours counts from launch, a little more than from registration).
    long notices = spot.summary().spot().instanceInterruptions();
    PoissonDistribution expected = new PoissonDistribution(null,
        spot.summary().cluster().instanceHours() * RATE_PER_HOUR, PoissonDistribution.DEFAULT_EPSILON,
        PoissonDistribution.DEFAULT_MAX_ITERATIONS);
    assertThat(notices).isPositive().isBetween((long) expected.inverseCumulativeProbability(0.0005),
        (long) expected.inverseCumulativeProbability(0.9995));
    // Every notice is followed 120 s later by the termination of that instance.
    for (EventRecord notice : events(spot, EventType.SPOT_INTERRUPTION_WARNING)) {
      String instance = containerInstance(notice.message()).orElseThrow();
      if (notice.timeMillis() + NOTICE <= spot.summary().horizonSeconds() * 1000) {
        assertThat(events(spot, EventType.INSTANCE_TERMINATED)).as("termination of %s", instance)
            .anySatisfy(e -> {
              assertThat(e.timeMillis()).isEqualTo(notice.timeMillis() + NOTICE);
              assertThat(e.message()).contains("(" + instance + ",").endsWith("spot interruption");
            });
      }
    }

    // Every task stopped by spot is a render task, retried (onInterruption: retry), and lost only
    // what it had run, less than its run time; at most two die with one instance.
    assertThat(s.interrupted()).isPositive();
    assertThat(s.retried()).isEqualTo(s.interrupted());
    assertThat(spot.summary().tasks().stoppedBySpot()).isEqualTo(s.interrupted());
    assertThat(s.interrupted()).isLessThanOrEqualTo(TASKS_PER_INSTANCE * notices);
    assertThat(spot.summary().tasks().launched()).isEqualTo(s.submitted() + s.retried());
    assertThat(s.lostTaskSeconds()).isPositive().isLessThan(s.interrupted() * LONGEST_TASK_SECONDS);
    for (TaskRecord t : spot.tasks()) {
      if (t.stopCode().filter("SpotInterruption"::equals).isPresent()) {
        assertThat(spot.tasks()).as("retry of %s", t.taskId()).anySatisfy(retry -> {
          assertThat(retry.taskId()).isEqualTo(t.taskId() + "-retry");
          assertThat(retry.createdAt()).isEqualTo(t.stoppedAt().getAsLong());
        });
      }
    }

    // The bill per instance-hour is the price: 0.17 on demand (billing rounds each instance up to
    // the second, so not to the last digit). On spot 0.17 x 0.38 = 0.0646 for every hour except
    // those of instances EC2 interrupted in their first hour, which are not charged (EC2 UG:
    // "Billing for interrupted Spot Instances"): at most one hour per notice is forgiven.
    double spotHours = spot.summary().cluster().instanceHours();
    double spotPerHour = spot.summary().cost().totalUsd() / spotHours;
    double onDemandPerHour = onDemand.summary().cost().totalUsd() / onDemand.summary().cluster().instanceHours();
    double spotPrice = C6I_XLARGE * C6I_XLARGE_SPOT_RATIO;
    assertThat(onDemandPerHour).isCloseTo(C6I_XLARGE, within(1e-4));
    assertThat(spotPerHour).isLessThanOrEqualTo(spotPrice + 1e-4)
        .isGreaterThanOrEqualTo(spotPrice * (spotHours - notices) / spotHours - 1e-4);
    assertThat(spot.summary().cost().byPurchaseOption()).containsOnlyKeys("spot");
    // Redoing lost work takes some more instance-hours, far from the 1 / 0.38 = 2.6 times that
    // would cancel the price ratio.
    assertThat(spot.summary().cluster().instanceHours())
        .isLessThan(onDemand.summary().cluster().instanceHours() / C6I_XLARGE_SPOT_RATIO);
    assertThat(spot.summary().cost().totalUsd()).isLessThan(onDemand.summary().cost().totalUsd());
  }

  private static final Pattern CONTAINER_INSTANCE = Pattern.compile("\\((ci-\\d+),");

  private static Optional<String> containerInstance(String message) {
    Matcher m = CONTAINER_INSTANCE.matcher(message);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  // ---- web-fargate-spot-mix.yaml ----

  private static final int DESIRED = 10;
  private static final double OFFERED_PER_SECOND = 900;
  private static final double CAPACITY_PER_TASK = 100;
  private static final long STOP_TIMEOUT = 60 * SECOND;
  private static final Pattern SPOT_TASK = Pattern.compile("interrupted: (\\S+) \\((\\S+)\\)");

  @Test
  void webOnAFargateSpotMixLosesSpotTasksAfterTheirStopTimeoutAndReplacesThemOnSpot() throws Exception {
    Recorded r = run("web-fargate-spot-mix.yaml");
    long horizon = Math.round(r.summary().horizonSeconds() * 1000);
    List<TaskRecord> web = r.tasks().stream().filter(t -> t.group().equals("service:web")).toList();

    // FARGATE base 2 + 1 : 3 of the other 8 (docs/ecs-behaviour.md §5.1): 4 on FARGATE, never
    // interrupted, never replaced.
    assertThat(web.stream().filter(t -> t.capacityProviderName().equals("FARGATE")))
        .hasSize(4).allSatisfy(t -> assertThat(t.stoppedAt()).isEmpty());
    assertThat(r.summary().spot().instanceInterruptions()).isZero();

    List<EventRecord> notices = events(r, EventType.SPOT_INTERRUPTION_WARNING);
    assertThat(notices).isNotEmpty().hasSize((int) r.summary().spot().taskInterruptions())
        .allSatisfy(e -> assertThat(e.source()).isEqualTo("FARGATE_SPOT"));
    long stopped = 0;
    for (EventRecord notice : notices) {
      Matcher m = SPOT_TASK.matcher(notice.message());
      assertThat(m.find()).as(notice.message()).isTrue();
      assertThat(m.group(2)).isEqualTo("web");
      TaskRecord t = task(r, m.group(1));
      assertThat(t.capacityProviderName()).isEqualTo("FARGATE_SPOT");
      long stopAt = notice.timeMillis() + STOP_TIMEOUT;
      if (stopAt > horizon) {
        continue;
      }
      stopped++;
      // SIGTERM at the notice, stopped when the 60 s stopTimeout is up
      // (docs/ecs-behaviour.md §3.4).
      assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(stopAt));
      assertThat(t.stopCode()).contains("SpotInterruption");
      // Replaced when it stops, on FARGATE_SPOT: 4 on FARGATE is 2 beyond base (2 / 1), 5 on
      // FARGATE_SPOT is 5 / 3, the lower (ecsim decision 4).
      // It starts like any Fargate task: capacity and ENI U(10 s, 45 s), the 250 MiB image at
      // 12.5 MiB/s (20 s, no cache on Fargate), the container's 5 s.
      assertThat(web).as("replacement of %s", t.taskId()).anySatisfy(next -> {
        assertThat(next.createdAt()).isEqualTo(stopAt);
        assertThat(next.capacityProviderName()).isEqualTo("FARGATE_SPOT");
        assertThat(next.startedAt().getAsLong() - stopAt).isBetween(35 * SECOND, 70 * SECOND);
      });
    }
    assertThat(r.summary().tasks().stoppedBySpot()).isEqualTo(stopped);
    assertThat(web).hasSize(DESIRED + (int) stopped);

    // Below desired exactly while fewer than 10 tasks run, and requests go unserved only then:
    // served = min(900, R x 100), so 9 tasks still serve all 900/s.
    Sweep sweep = Sweep.of(web, horizon);
    Summary.ServiceFigures figures = r.summary().services().get("web");
    assertThat(figures.secondsBelowDesired()).isCloseTo(sweep.millisBelowDesired() / 1000.0, within(1e-9));
    double offered = OFFERED_PER_SECOND * horizon / 1000.0;
    assertThat(figures.unservedRequestFraction()).isCloseTo(sweep.unserved() / offered, within(1e-6))
        .isLessThanOrEqualTo(figures.secondsBelowDesired() * 1000.0 / horizon);
  }

  /**
   * The service's RUNNING count over time, from its tasks: time below the desired count and the
   * requests that 900/s on R tasks of 100/s leaves unserved.
   */
  private record Sweep(long millisBelowDesired, double unserved) {
    static Sweep of(List<TaskRecord> tasks, long horizon) {
      List<long[]> changes = new ArrayList<>();
      for (TaskRecord t : tasks) {
        t.startedAt().ifPresent(s -> changes.add(new long[] {s, 1}));
        t.stoppedAt().ifPresent(s -> changes.add(new long[] {s, -1}));
      }
      changes.add(new long[] {horizon, 0});
      changes.sort(Comparator.comparingLong(c -> c[0]));
      long below = 0;
      double unserved = 0;
      long previous = 0;
      int running = 0;
      for (long[] c : changes) {
        long dt = c[0] - previous;
        if (running < DESIRED) {
          below += dt;
        }
        unserved += Math.max(0, OFFERED_PER_SECOND - running * CAPACITY_PER_TASK) * dt / 1000.0;
        running += (int) c[1];
        previous = c[0];
      }
      return new Sweep(below, unserved);
    }
  }
}
