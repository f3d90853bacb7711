package dev.ecsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecsim.metrics.EventRecord;
import dev.ecsim.metrics.EventType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventDaysTest {
  private static final long HOUR = 3_600_000L;

  private static EventRecord at(long millis, EventType type) {
    return new EventRecord(millis, type, "web", type + " at " + millis);
  }

  @Test
  void eventsAreGroupedByDayOfSimulatedTimeAndRoutineOnesLeftOut() {
    List<EventRecord> events = List.of(
        at(1 * HOUR, EventType.SCALING_ACTIVITY),
        at(2 * HOUR, EventType.INSTANCE_REGISTERED), // routine: not listed
        at(23 * HOUR, EventType.SCALING_ACTIVITY),
        at(24 * HOUR, EventType.DEPLOYMENT_STARTED), // exactly 24 h: the second day
        at(3 * 24 * HOUR + 5, EventType.PLACEMENT_FAILURE));

    EventDays days = EventDays.of(events, 100);

    assertThat(days.days()).extracting(EventDays.Day::day).containsExactly(0L, 1L, 3L);
    assertThat(days.days().get(0).countsByType()).isEqualTo(Map.of(EventType.SCALING_ACTIVITY, 2));
    assertThat(days.days().get(0).listed()).extracting(EventRecord::timeMillis).containsExactly(HOUR, 23 * HOUR);
    assertThat(days.total()).isEqualTo(4);
    assertThat(days.listed()).isEqualTo(4);
  }

  @Test
  void theRowCapCountsOverTheWholeRunAndLaterDaysKeepTheirCounts() {
    List<EventRecord> events = List.of(
        at(HOUR, EventType.PLACEMENT_FAILURE), at(2 * HOUR, EventType.PLACEMENT_FAILURE),
        at(25 * HOUR, EventType.PLACEMENT_FAILURE), at(26 * HOUR, EventType.SCALING_ACTIVITY));

    EventDays days = EventDays.of(events, 3);

    // Three rows: both of day 0, the first of day 1; day 1's second is counted, not listed.
    assertThat(days.listed()).isEqualTo(3);
    assertThat(days.total()).isEqualTo(4);
    assertThat(days.days().get(1).listed()).hasSize(1);
    assertThat(days.days().get(1).count()).isEqualTo(2);
  }
}
