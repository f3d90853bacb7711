package dev.ecsim.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Why one task landed where it did (or nowhere): each candidate instance with the filter or
 * constraint that removed it, how each strategy rule narrowed the rest, and the winner. One line
 * of {@code placements.jsonl}, written with {@code ecsim run --explain-placement}.
 */
public record PlacementExplanation(
    double timeSeconds,
    String taskId,
    String group,
    String capacityProvider,
    List<Candidate> candidates,
    List<Step> ranking,
    Optional<String> winner) {

  public record Candidate(String instance, String availabilityZone, String instanceType, Optional<String> rejectedBy,
      String detail) {}

  public record Step(String rule, List<String> kept, String why) {}
}
