package dev.ecsim.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecsim.metrics.EventFacts;
import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.metrics.RunResult;
import dev.ecsim.reports.Fixtures;
import dev.ecsim.reports.chart.ServiceMarkers.Mark;
import dev.ecsim.reports.chart.ServiceMarkers.Step;
import dev.ecsim.run.Simulation;
import dev.ecsim.scenario.read.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceMarkersTest {

  @Test
  void aScalingActionThatNamesNoDesiredCountIsNoStep() {
    List<EventRecord> events =
        List.of(
            new EventRecord(60_000, EventType.SCALING_ACTIVITY, "web", "desired count 2 → 4"),
            event(120_000, EventType.SCHEDULED_ACTION, "web", 3, 3));

    assertThat(ServiceMarkers.steps(events, "web")).isEmpty();
  }

  @Test
  void stepsAreTheServicesScalingActionsThatMovedTheCount() {
    List<EventRecord> events = new ArrayList<>(Fixtures.allEvents());
    events.add(event(300_000, EventType.SCHEDULED_ACTION, "web", 3, 3));
    events.add(event(360_000, EventType.SCHEDULED_ACTION, "web", 3, 10));
    events.add(event(360_000, EventType.SCALING_ACTIVITY, "api", 1, 2));
    events.add(event(420_000, EventType.ALARM, "web", 10, 1)); // not a scaling action

    List<Step> steps = ServiceMarkers.steps(events, "web");

    assertThat(steps)
        .containsExactly(
            new Step(120_000, 2, 4), new Step(240_000, 4, 3), new Step(360_000, 3, 10));
    assertThat(steps).extracting(Step::up).containsExactly(true, false, true);
  }

  @Test
  void marksAreTheServicesEventsOfTheGivenTypes() {
    List<EventRecord> events = new ArrayList<>(Fixtures.allEvents());
    events.add(new EventRecord(300_000, EventType.DEPLOYMENT_STARTED, "api", "(service api) rolling out"));

    assertThat(
            ServiceMarkers.marks(
                events, "web", Set.of(EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_COMPLETED)))
        .containsExactly(
            new Mark(150_000, EventType.DEPLOYMENT_STARTED), new Mark(210_000, EventType.DEPLOYMENT_COMPLETED));
  }

  @Test
  void thinningKeepsTheLastMarkerOfEachKindPerSlot() {
    // Span 0..999 ms in 10 slots of 100 ms: slot = t * 10 / 1000.
    List<Step> steps =
        List.of(
            new Step(0, 2, 3), // slot 0, up: replaced by the next
            new Step(50, 3, 4), // slot 0, up: kept
            new Step(60, 4, 3), // slot 0, down: kept
            new Step(150, 3, 5), // slot 1, up: kept
            new Step(999, 5, 6), // slot 9, up: replaced by the next
            new Step(1_200, 6, 7)); // after the span: counts in slot 9, kept

    List<Step> kept = ServiceMarkers.thin(steps, Step::timeMillis, Step::up, 0, 999, 10);

    assertThat(kept)
        .containsExactly(
            new Step(50, 3, 4), new Step(60, 4, 3), new Step(150, 3, 5), new Step(1_200, 6, 7));
  }

  @Test
  void aWeekOfScalingEveryMinuteThinsToTwoMarkersPerSlot() {
    int minutes = 7 * 24 * 60;
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < minutes; i++) {
      steps.add(i % 2 == 0 ? new Step(i * 60_000L, 2, 3) : new Step(i * 60_000L, 3, 2));
    }

    List<Step> kept =
        ServiceMarkers.thin(steps, Step::timeMillis, Step::up, 0, (minutes - 1) * 60_000L, 200);

    // 50.4 minutes a slot: every slot holds scale-outs and scale-ins.
    assertThat(kept).hasSize(400);
    assertThat(kept.stream().filter(Step::up)).hasSize(200);
    assertThat(kept).isSortedAccordingTo((a, b) -> Long.compare(a.timeMillis(), b.timeMillis()));
  }

  @Test
  void thinningNeedsASlotAndASpan() {
    assertThatThrownBy(() -> ServiceMarkers.thin(List.of(), Mark::timeMillis, Mark::type, 0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("slots must be at least 1");
    assertThatThrownBy(() -> ServiceMarkers.thin(List.of(), Mark::timeMillis, Mark::type, 5, 1, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before it starts");
    assertThatThrownBy(() -> new Step(0, 3, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Guards the wording the parser relies on: every scaling action sim-core logs for a service
   * whose load steps up and down again says how it moved the desired count.
   */
  @Test
  void everyScalingActionOfARealRunSaysHowTheCountMoved() throws Exception {
    String scenario =
        """
        name: steps
        duration: 3h
        cluster:
          capacityProviders:
            - {name: od, type: ec2, instanceTypes: [m5.4xlarge], desiredSize: 2}
          defaultCapacityProviderStrategy: [{capacityProvider: od}]
        taskDefinitions:
          - {family: web, cpu: 1024, memory: 2048, containerDefinitions: [{name: c, image: "w:1"}]}
        services:
          - name: web
            taskDefinition: web
            desiredCount: 2
            load:
              requestRate: {steps: [{at: 0s, rate: 100/s}, {at: 30m, rate: 900/s}, {at: 90m, rate: 100/s}]}
              capacityPerTask: 150/s
            autoScaling:
              minCapacity: 1
              maxCapacity: 20
              policies:
                - {name: cpu60, type: TargetTrackingScaling, predefinedMetric: ECSServiceAverageCPUUtilization, targetValue: 60}
              scheduledActions:
                - {name: floor, schedule: "at(2026-01-05T02:30:00)", scalableTargetAction: {minCapacity: 3}}
        """;
    RunResult run = Simulation.build(ScenarioLoader.parse(scenario, "steps.yaml")).run();

    List<EventRecord> scaling =
        run.events().stream().filter(e -> ServiceMarkers.SCALING_TYPES.contains(e.type())).toList();
    List<Step> steps = ServiceMarkers.steps(run.events(), "web");

    assertThat(scaling).isNotEmpty();
    // Every scaling action carries its change, and the sentence states the same change.
    assertThat(scaling)
        .allSatisfy(e -> assertThat(e.message()).endsWith("desired count "
            + e.facts().desiredCount().orElseThrow().from() + " → " + e.facts().desiredCount().orElseThrow().to()));
    assertThat(steps).anyMatch(Step::up).anyMatch(s -> !s.up());
    assertThat(run.summary().services().get("web").scaleOutEvents())
        .isEqualTo(steps.stream().filter(Step::up).count());
  }

  /** An event of {@code service} that moved its desired count, as sim-core logs it. */
  private static EventRecord event(long time, EventType type, String service, int from, int to) {
    return new EventRecord(time, type, service, "...; desired count " + from + " → " + to,
        EventFacts.desiredCount(service, from, to));
  }
}
