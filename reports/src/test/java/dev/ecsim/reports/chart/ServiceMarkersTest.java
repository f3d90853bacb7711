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
  void sixHundredScaleOutsInADayOnEightHundredPixelsAreEightyGroupedMarkers() {
    // One scale-out every 144 s (86,400 s / 600), each one task more: i = 0..599 at 144 i s, 2+i -> 3+i.
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      steps.add(new Step(i * 144_000L, 2 + i, 3 + i));
    }
    int buckets = ServiceMarkers.buckets(800, 10);
    assertThat(buckets).isEqualTo(80);

    // A day of 86,400,000 ms (0 .. 86,399,999) in 80 buckets of 1,080 s: step i lands in bucket
    // floor(144 i x 80 / 86,400) = floor(2i / 15). Bucket 2m holds i = 15m .. 15m+7 (8 steps),
    // bucket 2m+1 holds 15m+8 .. 15m+14 (7): 40 x 8 + 40 x 7 = 600.
    List<ServiceMarkers.StepGroup> groups = ServiceMarkers.group(steps, 0, 86_399_999, buckets);

    assertThat(groups).hasSize(80);
    // Bucket 0 ends with step 7 (1,008 s, count 10); bucket 1 with step 14 (2,016 s, 17); bucket 79
    // with step 599 (86,256 s, 602).
    assertThat(groups.get(0)).isEqualTo(new ServiceMarkers.StepGroup(1_008_000, 10, true, 8, 0));
    assertThat(groups.get(1)).isEqualTo(new ServiceMarkers.StepGroup(2_016_000, 17, true, 7, 0));
    assertThat(groups.get(79)).isEqualTo(new ServiceMarkers.StepGroup(86_256_000, 602, true, 7, 0));
    for (int k = 0; k < 80; k++) {
      assertThat(groups.get(k).ups()).as("bucket %d", k).isEqualTo(k % 2 == 0 ? 8 : 7);
    }
    assertThat(groups.get(0).label()).isEqualTo("+8");
    assertThat(groups).allMatch(ServiceMarkers.StepGroup::grouped);

    // Labels of two characters, 7 px each, centred on 10-px buckets (bucket k at 10k + 5) with a
    // 4-px gap: bucket 0 spans -2..12 and clears up to 16; bucket 1 (8..22) does not fit, bucket 2
    // (18..32) does. Every other bucket is labelled: the 40 even ones.
    List<ServiceMarkers.StepGroup> labelled = ServiceMarkers.labelled(groups, 0, 86_399_999, buckets, 10, 7, 4);
    assertThat(labelled).hasSize(40);
    assertThat(labelled.get(1)).isEqualTo(groups.get(2));
    assertThat(labelled).extracting(ServiceMarkers.StepGroup::label).containsOnly("+8");
  }

  @Test
  void aFewFarApartStepsStayIndividualMarkers() {
    // 1 h, 9 h and 17 h of a day in 80 buckets of 18 min: buckets 3, 30 and 56.
    List<Step> steps = List.of(new Step(3_600_000, 2, 3), new Step(32_400_000, 3, 2), new Step(61_200_000, 2, 4));

    List<ServiceMarkers.StepGroup> groups = ServiceMarkers.group(steps, 0, 86_399_999, 80);

    assertThat(groups).containsExactly(
        new ServiceMarkers.StepGroup(3_600_000, 3, true, 1, 0),
        new ServiceMarkers.StepGroup(32_400_000, 2, false, 0, 1),
        new ServiceMarkers.StepGroup(61_200_000, 4, true, 1, 0));
    assertThat(groups).noneMatch(ServiceMarkers.StepGroup::grouped);
    assertThat(ServiceMarkers.labelled(groups, 0, 86_399_999, 80, 10, 7, 4)).isEmpty();
  }

  @Test
  void aGroupPointsTheWayItsBucketMovedTheCountAndCountsBothWays() {
    // Span 0..999 ms in 10 buckets of 100 ms.
    List<Step> steps = List.of(
        new Step(0, 2, 3), new Step(30, 3, 2), new Step(60, 2, 3), new Step(90, 3, 5), // bucket 0: 2 -> 5, up
        new Step(100, 5, 6), new Step(150, 6, 5), // bucket 1: back to 5, the last step's way (down)
        new Step(990, 5, 4)); // bucket 9: alone

    List<ServiceMarkers.StepGroup> groups = ServiceMarkers.group(steps, 0, 999, 10);

    assertThat(groups).containsExactly(
        new ServiceMarkers.StepGroup(90, 5, true, 3, 1),
        new ServiceMarkers.StepGroup(150, 5, false, 1, 1),
        new ServiceMarkers.StepGroup(990, 4, false, 0, 1));
    assertThat(groups).extracting(ServiceMarkers.StepGroup::label).containsExactly("+3 / \u22121", "+1 / \u22121",
        "\u22121");
    assertThatThrownBy(() -> ServiceMarkers.buckets(800, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceMarkers.group(steps, 0, 999, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ServiceMarkers.buckets(5, 10)).isEqualTo(1);
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
