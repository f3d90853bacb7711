package dev.ecsim.placement;

import dev.ecsim.cluster.Shortfall;
import java.util.Optional;

/**
 * Why a candidate instance was ruled out, in the order ECS checks (resources, then constraints),
 * with ECS's reason code and the phrase its service event uses for the closest candidate (ECS DG:
 * api_failures_messages, service-event-messages). An enum so a verdict costs no string: the codes
 * and phrases are built once, and a pass over the candidates compares constants.
 */
public enum Rejection {
  CPU("RESOURCE:CPU", "has insufficient CPU units available"),
  MEMORY("RESOURCE:MEMORY", "has insufficient memory available"),
  PORTS("RESOURCE:PORTS", "is already using a port required by your task"),
  ENI("RESOURCE:ENI", "has no free ENI for an awsvpc task"),
  /** ECS quotes a constraint's error in the event instead of a phrase of its own. */
  DISTINCT_INSTANCE("DistinctInstance placement constraint unsatisfied."),
  MEMBER_OF("MemberOf placement constraint unsatisfied.");

  /** How far a candidate gets: each resource check in order, then the constraints, then accepted. */
  static final int CONSTRAINT_STAGE = 4;
  static final int ACCEPTED_STAGE = 5;

  private final String code;
  private final String phrase;
  private final boolean resource;
  private final Optional<Rejection> shared = Optional.of(this);

  Rejection(String code, String phrase) {
    this.code = code;
    this.phrase = phrase;
    this.resource = true;
  }

  Rejection(String constraintError) {
    this.code = constraintError;
    this.phrase = "encountered error \"" + constraintError + "\"";
    this.resource = false;
  }

  /** ECS's reason code ({@code RESOURCE:CPU}, ...) or, for a constraint, the error it reports. */
  public String code() {
    return code;
  }

  /** What the closest candidate "has" or "is" in the failure event, e.g. "has insufficient memory available". */
  public String phrase() {
    return phrase;
  }

  /** A resource the instance lacks (its code is not spelled out by the event sentence), not a constraint. */
  public boolean isResource() {
    return resource;
  }

  /** This rejection as an Optional, shared: a verdict built per candidate allocates none. */
  Optional<Rejection> asOptional() {
    return shared;
  }

  /** The stage a candidate rejected for this reached ({@link #ACCEPTED_STAGE} is further than any). */
  int stage() {
    return resource ? ordinal() : CONSTRAINT_STAGE;
  }

  /** The rejection for the first resource an instance lacks; {@code NONE} has none. */
  static Optional<Rejection> of(Shortfall missing) {
    return switch (missing) {
      case CPU -> CPU.shared;
      case MEMORY -> MEMORY.shared;
      case PORTS -> PORTS.shared;
      case ENI -> ENI.shared;
      case NONE -> Optional.empty();
    };
  }
}
