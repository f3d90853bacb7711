package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import dev.ecsim.reports.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSelectionTest {

  @Test
  void listsScalingDecisionsAndPlacementFailuresButNotRegistrations() {
    EventSelection selection = EventSelection.of(Fixtures.scalingEvents(), 50);

    assertThat(selection.shown())
        .extracting(EventRecord::type)
        .containsExactly(
            EventType.PLACEMENT_FAILURE, EventType.INSTANCES_LAUNCHED, EventType.SCALING_EXCLUDED, EventType.INSTANCE_TERMINATED);
    assertThat(selection.leftOut()).isZero();
    assertThat(selection.routine()).isEqualTo(1);
    assertThat(selection.countsByType())
        .containsEntry(EventType.INSTANCE_REGISTERED, 1)
        .containsEntry(EventType.PLACEMENT_FAILURE, 1)
        .hasSize(5);
  }

  @Test
  void listsAnInstanceDrainingForScaleInBeforeItsTermination() {
    List<EventRecord> events =
        List.of(
            new EventRecord(900_000, EventType.INSTANCE_DRAINING, "asg", "i-3 (ci-000003, m6i.large, us-east-1a) DRAINING"),
            new EventRecord(965_000, EventType.INSTANCE_TERMINATED, "asg", "i-3 (ci-000003, ...) terminated"));

    assertThat(EventSelection.of(events, 50).shown())
        .extracting(EventRecord::type)
        .containsExactly(EventType.INSTANCE_DRAINING, EventType.INSTANCE_TERMINATED);
  }

  @Test
  void listsWhatHappenedToServicesButOnlyCountsAlarms() {
    List<EventRecord> events = new ArrayList<>(Fixtures.serviceEvents());
    events.add(new EventRecord(300_000, EventType.SCHEDULED_ACTION, "web", "desired count 3 → 10"));
    events.add(new EventRecord(360_000, EventType.TASK_STOPPED, "web", "stopped unexpectedly"));
    events.add(new EventRecord(420_000, EventType.DEPLOYMENT_FAILED, "web", "2 tasks failed to start"));

    EventSelection selection = EventSelection.of(events, 50);

    assertThat(selection.shown())
        .extracting(EventRecord::type)
        .containsExactly(
            EventType.SCALING_ACTIVITY,
            EventType.DEPLOYMENT_STARTED,
            EventType.DEPLOYMENT_COMPLETED,
            EventType.SCALING_ACTIVITY,
            EventType.SCHEDULED_ACTION,
            EventType.TASK_STOPPED,
            EventType.DEPLOYMENT_FAILED);
    assertThat(selection.routine()).isEqualTo(1);
    assertThat(selection.countsByType()).containsEntry(EventType.ALARM, 1).hasSize(7);
  }

  @Test
  void listsSpotNoticesAndCapacityReclaims() {
    List<EventRecord> events =
        List.of(
            new EventRecord(
                0,
                EventType.SPOT_CAPACITY_RECLAIM,
                "spot",
                "spot capacity of m5.large in us-east-1a reclaimed: 1 of 2 instances get an"
                    + " interruption notice"),
            new EventRecord(
                0,
                EventType.SPOT_INTERRUPTION_WARNING,
                "spot",
                "EC2 Spot Instance Interruption Warning: i-00000000000000001 (ci-000001, m5.large,"
                    + " us-east-1a) terminates at 120.0 s"),
            new EventRecord(
                90_000,
                EventType.SPOT_INTERRUPTION_WARNING,
                "FARGATE_SPOT",
                "Your Spot Task was interrupted: web-7 (web) gets SIGTERM and stops at 120.0 s"
                    + " (stopTimeout)"),
            new EventRecord(120_000, EventType.INSTANCE_TERMINATED, "spot", "i-1 terminated: spot interruption"),
            new EventRecord(165_000, EventType.INSTANCE_REGISTERED, "spot", "i-2 registered"));

    EventSelection selection = EventSelection.of(events, 50);

    assertThat(selection.shown())
        .extracting(EventRecord::type)
        .containsExactly(
            EventType.SPOT_CAPACITY_RECLAIM,
            EventType.SPOT_INTERRUPTION_WARNING,
            EventType.SPOT_INTERRUPTION_WARNING,
            EventType.INSTANCE_TERMINATED);
    assertThat(selection.routine()).isEqualTo(1);
  }

  @Test
  void theCapSharesItsPlacesAmongTheTypesAndCountsTheRest() {
    List<EventRecord> events = new ArrayList<>(Fixtures.events(7));
    events.add(0, new EventRecord(0, EventType.INSTANCE_REGISTERED, "od", "i-1"));
    events.add(new EventRecord(9_000, EventType.RUNTASK_REFUSED, "etl", "too many PROVISIONING tasks"));

    EventSelection selection = EventSelection.of(events, 3);

    // Two types share 3 places: one each, earliest first, then the earliest left over; in time order.
    assertThat(selection.shown())
        .extracting(EventRecord::message)
        .containsExactly("launched instance 0", "launched instance 1", "too many PROVISIONING tasks");
    assertThat(selection.worthReading()).isEqualTo(8);
    assertThat(selection.leftOut()).isEqualTo(5);
    assertThat(selection.routine()).isEqualTo(1);
  }
}
