package dev.ecsim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.SeriesNames;
import dev.ecsim.metrics.TaskRecord;
import dev.ecsim.metrics.TimeSeries;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * scenarios/cluster-auto-scaling-draining.yaml does what its comment works out by hand from the
 * rules (docs/ecs-behaviour.md §4.4, §5.4, §7.2): with the API's defaults (protection off, managed
 * draining on) scale-in at 900 s drains a busy us-east-1a instance, its two tasks are replaced on
 * the other one (RUNNING 925 s, healthy 965 s), and the instance terminates at 965 s. The file's
 * "Try" lines are checked too: draining off, and protection on.
 */
class ScaleInDrainingScenarioTest {
  private static final Path FILE = Path.of("../scenarios/cluster-auto-scaling-draining.yaml");
  private static final Pattern INSTANCE = Pattern.compile("\\((ci-[0-9]+), m6i\\.large, (us-east-1[ab])\\)");
  /** m6i.large on demand in us-east-1 (docs/ecs-behaviour.md §4.1), USD per hour. */
  private static final double PRICE = 0.096;

  private static Recorded run(String from, String to) throws Exception {
    String yaml = Files.readString(FILE);
    assertThat(yaml).contains(from);
    return Recorded.run(Simulation.build(ScenarioLoader.parse(yaml.replace(from, to), FILE.toString())));
  }

  private static List<EventRecord> events(Recorded r, EventType type) {
    return r.events().stream().filter(e -> e.type().equals(type)).toList();
  }

  private static Matcher instance(EventRecord e) {
    Matcher m = INSTANCE.matcher(e.message());
    assertThat(m.find()).as(e.message()).isTrue();
    return m;
  }

  private static List<TaskRecord> web(Recorded r) {
    return r.tasks().stream().filter(t -> t.serviceOrJob().equals("web")).toList();
  }

  @Test
  void aBusyInstanceInTheFullerZoneDrainsBeforeItTerminates() throws Exception {
    Recorded r = run("managedDraining: ENABLED", "managedDraining: ENABLED");
    List<EventRecord> draining = events(r, EventType.INSTANCE_DRAINING);
    List<EventRecord> terminated = events(r, EventType.INSTANCE_TERMINATED);
    assertThat(draining).singleElement().extracting(EventRecord::timeMillis).isEqualTo(900_000L);
    assertThat(terminated).singleElement().extracting(EventRecord::timeMillis).isEqualTo(965_000L);
    // The fuller zone us-east-1a loses a busy instance: the one that drained is the one that went.
    String x = instance(draining.get(0)).group(1);
    assertThat(instance(draining.get(0)).group(2)).isEqualTo("us-east-1a");
    assertThat(instance(terminated.get(0)).group(1)).isEqualTo(x);
    assertThat(terminated.get(0).message()).endsWith("; drained");
    assertThat(events(r, EventType.TASK_STOPPED)).isEmpty();

    // X's two tasks stop at 965 s, stopped by the service once their replacements were healthy.
    List<TaskRecord> onX = web(r).stream().filter(t -> t.containerInstanceId().equals(Optional.of(x))).toList();
    assertThat(onX).hasSize(2).allSatisfy(t -> {
      assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(965_000));
      assertThat(t.stopCode()).contains("ServiceSchedulerInitiated");
    });
    // The replacements: created at 900 s on the other us-east-1a instance, which has the image:
    // RUNNING after startTime 25 s.
    List<TaskRecord> replacements = web(r).stream().filter(t -> t.createdAt() == 900_000).toList();
    assertThat(replacements).hasSize(2).allSatisfy(t -> {
      assertThat(t.availabilityZone()).contains("us-east-1a");
      assertThat(t.containerInstanceId()).isNotEqualTo(Optional.of(x));
      assertThat(t.startedAt()).isEqualTo(OptionalLong.of(925_000));
      assertThat(t.stoppedAt()).isEmpty();
    });
    assertWithinDeploymentLimits(r, 4, 100, 200);

    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(35.0);
    assertThat(r.summary().cost().totalUsd()).isCloseTo((965 + 3_600 + 3_600) * PRICE / 3_600, within(1e-6));
    // The draining line: 1 from 900 s to 965 s (the 960 s sample), 0 before and after. The 900 s
    // sample shares its instant with the decision, so either value is right there.
    TimeSeries s = r.series();
    int col = s.keys().indexOf(SeriesNames.instancesDraining("web-asg"));
    assertThat(col).isNotNegative();
    for (int row = 0; row < s.rows(); row++) {
      long t = s.timeMillis(row);
      if (t != 900_000) {
        assertThat(s.value(row, col)).as("t = %d ms", t).isEqualTo(t > 900_000 && t < 965_000 ? 1.0 : 0.0);
      }
    }
  }

  /**
   * From the tasks' own times: after the first start-up, at every instant from 35 s to the end at
   * least ceil(4 x 100 / 100) = 4 tasks RUNNING, and never more than floor(4 x 200 / 100) = 8 not stopped.
   */
  private static void assertWithinDeploymentLimits(Recorded r, int desired, int minPct, int maxPct) {
    List<TaskRecord> tasks = web(r);
    TreeSet<Long> instants = new TreeSet<>();
    tasks.forEach(t -> {
      instants.add(t.createdAt());
      t.startedAt().ifPresent(instants::add);
      t.stoppedAt().ifPresent(instants::add);
    });
    int minHealthy = (desired * minPct + 99) / 100;
    int maxTotal = desired * maxPct / 100;
    for (long at : instants.tailSet(35_000L)) {
      long running = tasks.stream().filter(t -> t.startedAt().orElse(Long.MAX_VALUE) <= at
          && t.stoppedAt().orElse(Long.MAX_VALUE) > at).count();
      long total = tasks.stream().filter(t -> t.createdAt() <= at && t.stoppedAt().orElse(Long.MAX_VALUE) > at).count();
      assertThat(running).as("RUNNING at %d ms", at).isGreaterThanOrEqualTo(minHealthy);
      assertThat(total).as("tasks at %d ms", at).isLessThanOrEqualTo(maxTotal);
    }
  }

  @Test
  void withoutDrainingTheInstanceGoesAtOnceWithItsTasks() throws Exception {
    Recorded r = run("managedDraining: ENABLED", "managedDraining: DISABLED");
    assertThat(events(r, EventType.INSTANCE_DRAINING)).isEmpty();
    EventRecord terminated = events(r, EventType.INSTANCE_TERMINATED).get(0);
    assertThat(terminated.timeMillis()).isEqualTo(900_000);
    String x = instance(terminated).group(1);
    assertThat(web(r).stream().filter(t -> t.containerInstanceId().equals(Optional.of(x))))
        .hasSize(2).allSatisfy(t -> {
          assertThat(t.stoppedAt()).isEqualTo(OptionalLong.of(900_000));
          assertThat(t.stopCode()).contains("TerminationNotice");
        });
    assertThat(events(r, EventType.TASK_STOPPED)).hasSize(2);
    assertThat(web(r).stream().filter(t -> t.createdAt() == 900_000))
        .hasSize(2).allSatisfy(t -> assertThat(t.startedAt()).isEqualTo(OptionalLong.of(925_000)));
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(60.0);
    assertThat(r.summary().cost().totalUsd()).isCloseTo((900 + 2 * 3_600) * PRICE / 3_600, within(1e-6));
  }

  @Test
  void aDrainThatCannotMoveItsTasksEndsAtTheFifteenMinuteTimeout() throws Exception {
    // minimumHealthyPercent 100 and maximumPercent 100: no task may start before one stops, and
    // none may stop first (docs/ecs-behaviour.md §4.4: both 100 -> nothing replaced). The drain
    // waits out the timeout, 900 + 900 = 1,800 s; X then goes with its two tasks
    // (TerminationNotice), which are replaced on Y (image cached): RUNNING at 1,825 s.
    Recorded r = run("maximumPercent: 200}", "maximumPercent: 100}");
    assertThat(events(r, EventType.INSTANCE_DRAINING)).singleElement().extracting(EventRecord::timeMillis)
        .isEqualTo(900_000L);
    EventRecord terminated = events(r, EventType.INSTANCE_TERMINATED).get(0);
    assertThat(terminated.timeMillis()).isEqualTo(1_800_000);
    assertThat(terminated.message()).contains("drain timeout of 900 s reached with 2 service task(s) left");
    String x = instance(terminated).group(1);
    assertThat(web(r).stream().filter(t -> t.containerInstanceId().equals(Optional.of(x))))
        .hasSize(2).allSatisfy(t -> assertThat(t.stopCode()).contains("TerminationNotice"));
    assertThat(web(r).stream().filter(t -> t.createdAt() == 1_800_000))
        .hasSize(2).allSatisfy(t -> assertThat(t.startedAt()).isEqualTo(OptionalLong.of(1_825_000)));
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(60.0);
    assertThat(r.summary().cost().totalUsd()).isCloseTo((1_800 + 2 * 3_600) * PRICE / 3_600, within(1e-6));
  }

  @Test
  void aSpotReclaimOfADrainingInstanceLaunchesNoReplacement() throws Exception {
    // The group bought as spot, all three instances noticed at 840 s (a time listed three times),
    // terminated at 960 s (docs/ecs-behaviour.md §4.3: 120 s). X started draining for scale-in at
    // 900 s, so the reclaim ends its drain: the group replaces the other two, not X, which it meant
    // to shrink.
    Recorded r = run("      instanceTypes: [m6i.large]\n",
        "      instanceTypes: [m6i.large]\n      purchaseOption: spot\n"
            + "      spot: {interruptionTimes: [840s, 840s, 840s]}\n");
    EventRecord draining = events(r, EventType.INSTANCE_DRAINING).get(0);
    assertThat(draining.timeMillis()).isEqualTo(900_000);
    String x = instance(draining).group(1);
    List<EventRecord> at960 = events(r, EventType.INSTANCE_TERMINATED).stream().filter(e -> e.timeMillis() == 960_000).toList();
    assertThat(at960).hasSize(3).allSatisfy(e -> assertThat(e.message()).endsWith("spot interruption"));
    assertThat(at960).anySatisfy(e -> assertThat(instance(e).group(1)).isEqualTo(x));
    List<EventRecord> replacements = events(r, EventType.INSTANCES_LAUNCHED).stream()
        .filter(e -> e.timeMillis() == 960_000).toList();
    assertThat(replacements).hasSize(2).noneSatisfy(e -> assertThat(e.message()).contains(
        "i-" + String.format("%017x", Long.parseLong(x.substring(3)))));
  }

  @Test
  void withProtectionOnlyTheEmptyInstanceGoes() throws Exception {
    Recorded r = run("managedTerminationProtection: DISABLED", "managedTerminationProtection: ENABLED");
    assertThat(events(r, EventType.INSTANCE_DRAINING)).isEmpty();
    assertThat(events(r, EventType.INSTANCE_TERMINATED)).singleElement().satisfies(e -> {
      assertThat(e.timeMillis()).isEqualTo(900_000);
      assertThat(instance(e).group(1)).isEqualTo("ci-000002");
    });
    assertThat(web(r)).hasSize(4);
    assertThat(r.summary().services().get("web").secondsBelowDesired()).isEqualTo(35.0);
    assertThat(r.summary().cost().totalUsd()).isCloseTo((900 + 2 * 3_600) * PRICE / 3_600, within(1e-6));
  }
}
