package dev.ecsim.scaling;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A scheduled action (AAS API: PutScheduledAction): at each time of {@code schedule}, read in
 * {@code timezone}, within [startTime, endTime], sets the target's minimum and/or maximum
 * capacity (docs/ecs-behaviour.md §6.4).
 */
public record ScheduledActionSpec(
    String name,
    Schedule schedule,
    ZoneId timezone,
    Optional<Instant> startTime,
    Optional<Instant> endTime,
    OptionalInt minCapacity,
    OptionalInt maxCapacity) {

  public ScheduledActionSpec {
    if (minCapacity.isEmpty() && maxCapacity.isEmpty()) {
      throw new IllegalArgumentException("scheduled action " + name + " sets neither minCapacity nor maxCapacity");
    }
  }
}
