package dev.ecsim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.reports.chart.InstanceLives;
import dev.ecsim.reports.chart.ServiceMarkers;
import dev.ecsim.reports.chart.SpotMarkers;
import dev.ecsim.reports.html.HtmlReport;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Keeping only what the report and charts read of a streamed log changes nothing they show: over
 * random logs (instances registering, spot notices and terminations, scaling, alarms, placement
 * failures by the thousand, over days), report.html and the charts' event data are those of the
 * whole log, and what is kept does not grow with the routine events.
 */
class ReportEventsProperties {

  /** One step of a log: its kind and the gap in seconds since the step before. */
  record Step(int kind, int gapSeconds) {}

  @Provide
  Arbitrary<List<Step>> logs() {
    Arbitrary<Step> step = net.jqwik.api.Combinators.combine(
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(3, 0), // registration
            net.jqwik.api.Tuple.of(2, 1), // termination of the oldest live instance
            net.jqwik.api.Tuple.of(1, 2), // spot notice for the newest live instance
            net.jqwik.api.Tuple.of(20, 3), // placement failure
            net.jqwik.api.Tuple.of(10, 4), // alarm
            net.jqwik.api.Tuple.of(4, 5), // scaling activity
            net.jqwik.api.Tuple.of(3, 6)), // instances launched
        Arbitraries.integers().between(0, 900)).as(Step::new);
    return step.list().ofMinSize(0).ofMaxSize(4_000);
  }

  private static List<EventRecord> events(List<Step> steps) {
    List<EventRecord> events = new ArrayList<>();
    List<Integer> live = new ArrayList<>();
    int instances = 0;
    int desired = 2;
    long time = 0;
    for (Step s : steps) {
      time += s.gapSeconds() * 1000L;
      switch (s.kind()) {
        case 0 -> {
          instances++;
          live.add(instances);
          events.add(new EventRecord(time, InstanceLives.REGISTERED, "od", String.format(
              "i-%017x (m5.large, us-east-1a) registered as ci-%06d with 2048 CPU units and 7680 MiB, 45.0 s after launch",
              instances, instances), instance(instances, time - 45_000)));
        }
        case 1 -> {
          if (!live.isEmpty()) {
            int i = live.remove(0);
            events.add(new EventRecord(time, SpotMarkers.TERMINATED, "od", String.format(
                "i-%017x (ci-%06d, m5.large, us-east-1a) terminated: spot interruption", i, i), instance(i, 0)));
          }
        }
        case 2 -> {
          if (!live.isEmpty()) {
            int i = live.get(live.size() - 1);
            events.add(new EventRecord(time, SpotMarkers.NOTICE, "od", String.format(
                "EC2 Spot Instance Interruption Warning: i-%017x (ci-%06d, m5.large, us-east-1a) terminates at %s s",
                i, i, (time + 120_000) / 1000.0), instance(i, 0)));
          }
        }
        case 3 -> events.add(new EventRecord(time, EventType.PLACEMENT_FAILURE, "etl",
            "unable to place a task because no container instance met all of its requirements"));
        case 4 -> events.add(new EventRecord(time, EventType.ALARM, "web", "cpu60-AlarmHigh: OK -> ALARM"));
        case 5 -> {
          int next = desired + (s.gapSeconds() % 2 == 0 ? 1 : -1);
          next = Math.max(1, next);
          events.add(new EventRecord(time, EventType.SCALING_ACTIVITY, "web",
              "policy cpu60: desired count " + desired + " → " + next, EventFacts.desiredCount("web", desired, next)));
          desired = next;
        }
        default -> events.add(new EventRecord(time, EventType.INSTANCES_LAUNCHED, "od", "launching 1 instance"));
      }
    }
    return events;
  }

  /** Instance {@code n} as sim-core's facts name it (the launch time matters only at registration). */
  private static EventFacts instance(int n, long launchedAtMillis) {
    return Fixtures.instance(String.format("i-%017x", n), String.format("ci-%06d", n), "m5.large", "us-east-1a",
        launchedAtMillis);
  }

  private static RunResult run(List<EventRecord> events) {
    RunResult f = Fixtures.run("d");
    return new RunResult(f.scenarioName(), "", f.summary(), f.series(), f.tasks(), events, List.of());
  }

  @Property(tries = 40)
  void theReportAndTheChartsReadTheSameFromTheKeptEventsAsFromTheWholeLog(@ForAll("logs") List<Step> steps) {
    List<EventRecord> all = events(steps);
    List<EventRecord> passedOn = new ArrayList<>();
    ReportEvents kept = new ReportEvents(passedOn::add);
    all.forEach(kept::accept);
    List<EventRecord> some = kept.events();

    assertThat(passedOn).isEqualTo(all);
    assertThat(HtmlReport.render(run(some), kept.counts(), Fixtures.summaries(), Fixtures.facts(), List.of()))
        .isEqualTo(HtmlReport.render(run(all), Fixtures.summaries(), Fixtures.facts(), List.of()));
    assertThat(SpotMarkers.instanceMarks(some, List.of("od"))).isEqualTo(SpotMarkers.instanceMarks(all, List.of("od")));
    assertThat(ServiceMarkers.steps(some, "web")).isEqualTo(ServiceMarkers.steps(all, "web"));
    int registered = InstanceLives.count(all);
    if (registered <= 40) {
      assertThat(InstanceLives.fromEvents(some)).isEqualTo(InstanceLives.fromEvents(all));
    } else {
      assertThat(InstanceLives.count(some)).isGreaterThan(40);
    }
    // Routine events beyond the report's 1,000 of a type are not kept.
    long routine = some.stream().filter(e -> e.type() == EventType.PLACEMENT_FAILURE || e.type() == EventType.ALARM
        || e.type() == EventType.INSTANCES_LAUNCHED).count();
    assertThat(routine).isLessThanOrEqualTo(3 * HtmlReport.MAX_DAY_ROWS);
  }
}
