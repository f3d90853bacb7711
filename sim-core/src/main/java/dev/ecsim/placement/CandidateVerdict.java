package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import java.util.Optional;

/**
 * What the pipeline made of one candidate instance: accepted (no rejection) or rejected with ECS's
 * reason ({@code RESOURCE:CPU}, {@code RESOURCE:MEMORY}, {@code RESOURCE:PORTS}, {@code RESOURCE:ENI},
 * or the constraint error ECS reports) and a detail a person can read.
 */
public record CandidateVerdict(ContainerInstance instance, Optional<String> rejection, String detail, int stage) {

  /** How far a candidate got: resources are checked in this order, then constraints. */
  static final int CPU = 0;
  static final int MEMORY = 1;
  static final int PORTS = 2;
  static final int ENI = 3;
  static final int CONSTRAINT = 4;
  static final int ACCEPTED = 5;

  static CandidateVerdict accepted(ContainerInstance instance) {
    return new CandidateVerdict(instance, Optional.empty(), "fits", ACCEPTED);
  }
}
