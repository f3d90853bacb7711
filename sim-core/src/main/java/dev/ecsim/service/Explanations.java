package dev.ecsim.service;

import dev.ecsim.cluster.Task;
import dev.ecsim.metrics.PlacementExplanation;
import dev.ecsim.placement.PlacementDecision;

/** Turns a placement decision into the plain record written to placements.jsonl. */
final class Explanations {
  private Explanations() {}

  static PlacementExplanation of(long now, Task task, PlacementDecision decision) {
    return new PlacementExplanation(now / 1000.0, task.id(), task.group(), task.capacityProvider(),
        decision.verdicts().stream().map(v -> new PlacementExplanation.Candidate(v.instance().id(),
            v.instance().availabilityZone(), v.instance().type().name(), v.rejection(), v.detail())).toList(),
        decision.ranking().stream().map(s -> new PlacementExplanation.Step(s.rule(), s.kept(), s.why())).toList(),
        decision.chosen().map(i -> i.id()));
  }
}
