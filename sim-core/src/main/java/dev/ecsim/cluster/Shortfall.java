package dev.ecsim.cluster;

import java.util.Optional;

/**
 * The first resource a container instance lacks for a task, in the order ECS checks them, with
 * ECS's failure reason code (ECS DG: api_failures_messages); {@link #NONE} when the task fits.
 * An enum so the check allocates nothing: a placement pass asks it of every candidate.
 */
public enum Shortfall {
  CPU("RESOURCE:CPU"),
  MEMORY("RESOURCE:MEMORY"),
  PORTS("RESOURCE:PORTS"),
  ENI("RESOURCE:ENI"),
  NONE;

  private final Optional<String> reason;

  Shortfall(String reason) {
    this.reason = Optional.of(reason);
  }

  Shortfall() {
    this.reason = Optional.empty();
  }

  /** ECS's reason code, shared (nothing is built per call); empty for {@link #NONE}. */
  public Optional<String> reason() {
    return reason;
  }
}
