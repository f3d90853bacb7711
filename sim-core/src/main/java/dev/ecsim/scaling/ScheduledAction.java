package dev.ecsim.scaling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheduled action with its time window (docs/ecs-behaviour.md §6.4): fires at its schedule's
 * times that fall within [startTime, endTime]. A rate counts from startTime, or from the run's
 * start.
 */
public final class ScheduledAction {
  private final ScheduledActionSpec spec;
  private final Instant anchor;

  public ScheduledAction(ScheduledActionSpec spec, Instant runStart) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.anchor = spec.startTime().orElse(Objects.requireNonNull(runStart, "runStart"));
  }

  public ScheduledActionSpec spec() {
    return spec;
  }

  /** The first time strictly after {@code after} when the action runs; empty when it never runs again. */
  public Optional<Instant> nextFireAfter(Instant after) {
    Instant from = spec.startTime().filter(after::isBefore).map(s -> s.minusMillis(1)).orElse(after);
    return spec.schedule().nextFireAfter(from, spec.timezone(), anchor)
        .filter(t -> spec.endTime().map(end -> !t.isAfter(end)).orElse(true));
  }
}
