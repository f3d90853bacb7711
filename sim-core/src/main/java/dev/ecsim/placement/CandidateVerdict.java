package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import java.util.Optional;

/**
 * What the pipeline made of one candidate instance: accepted (no rejection) or rejected for one of
 * ECS's reasons ({@link Rejection}), and a detail a person can read.
 */
public record CandidateVerdict(ContainerInstance instance, Optional<Rejection> rejectedBy, String detail) {

  static CandidateVerdict accepted(ContainerInstance instance) {
    return new CandidateVerdict(instance, Optional.empty(), "fits");
  }

  static CandidateVerdict rejected(ContainerInstance instance, Rejection why, String detail) {
    return new CandidateVerdict(instance, why.asOptional(), detail);
  }

  /** ECS's reason code ({@code RESOURCE:CPU}, or the constraint error), as placements.jsonl spells it. */
  public Optional<String> rejection() {
    return rejectedBy.map(Rejection::code);
  }

  /** How far the candidate got: resources in ECS's order, then constraints, then accepted. */
  int stage() {
    return rejectedBy.isPresent() ? rejectedBy.get().stage() : Rejection.ACCEPTED_STAGE;
  }
}
