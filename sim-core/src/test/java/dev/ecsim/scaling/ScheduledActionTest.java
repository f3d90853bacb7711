package dev.ecsim.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A scheduled action runs only within [startTime, endTime]; a rate counts from startTime
 * (docs/ecs-behaviour.md §6.4).
 */
class ScheduledActionTest {
  private static final Instant RUN_START = Instant.parse("2026-01-05T00:00:00Z");

  private static ScheduledAction action(String schedule, String start, String end) {
    return new ScheduledAction(new ScheduledActionSpec("a", Schedule.parse(schedule), ZoneOffset.UTC,
        Optional.ofNullable(start).map(Instant::parse), Optional.ofNullable(end).map(Instant::parse),
        OptionalInt.of(1), OptionalInt.empty()), RUN_START);
  }

  @Test
  void cronWithinItsWindow() {
    ScheduledAction a = action("cron(0 8 * * ? *)", "2026-01-07T08:00:00Z", "2026-01-08T12:00:00Z");
    assertThat(a.nextFireAfter(RUN_START)).contains(Instant.parse("2026-01-07T08:00:00Z"));
    assertThat(a.nextFireAfter(Instant.parse("2026-01-07T08:00:00Z"))).contains(Instant.parse("2026-01-08T08:00:00Z"));
    assertThat(a.nextFireAfter(Instant.parse("2026-01-08T08:00:00Z"))).isEmpty();
  }

  @Test
  void rateCountsFromTheRunStartOrFromStartTime() {
    assertThat(action("rate(2 hours)", null, null).nextFireAfter(RUN_START))
        .contains(Instant.parse("2026-01-05T02:00:00Z"));
    assertThat(action("rate(2 hours)", "2026-01-05T00:30:00Z", null).nextFireAfter(RUN_START))
        .contains(Instant.parse("2026-01-05T00:30:00Z"));
    assertThat(action("rate(2 hours)", "2026-01-05T00:30:00Z", null).nextFireAfter(Instant.parse("2026-01-05T00:30:00Z")))
        .contains(Instant.parse("2026-01-05T02:30:00Z"));
  }
}
