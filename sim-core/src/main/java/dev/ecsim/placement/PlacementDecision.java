package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of placing one task, able to explain itself: every candidate's verdict, how the
 * strategy rules narrowed the survivors, and the winner. When nothing fits, the closest candidate
 * (the one that passed the most checks, oldest first) gives ECS's "closest matching" wording.
 * A decision not explained carries the winner, or the closest candidate, only. {@code examined}
 * counts the instances checked one by one against the task (index lookups count none): a
 * deterministic measure of what the decision cost, for tests that guard it.
 */
public record PlacementDecision(Optional<ContainerInstance> chosen, List<CandidateVerdict> verdicts,
    List<RankingStep> ranking, Optional<CandidateVerdict> closest, int examined) {

  static PlacementDecision placed(ContainerInstance chosen, int examined) {
    return new PlacementDecision(Optional.of(chosen), List.of(), List.of(), Optional.empty(), examined);
  }

  static PlacementDecision missed(Optional<CandidateVerdict> closest, int examined) {
    return new PlacementDecision(Optional.empty(), List.of(), List.of(), closest, examined);
  }

  /** Closer: passed more checks; among equals, the older instance. */
  static final Comparator<CandidateVerdict> CLOSER = Comparator.comparingInt(CandidateVerdict::stage)
      .thenComparing(v -> v.instance().ordinal(), Comparator.reverseOrder());

  public boolean placed() {
    return chosen.isPresent();
  }

  /** The reason code of the closest candidate, or NO_INSTANCES when the provider has none. */
  public String reason() {
    Optional<CandidateVerdict> c = closest();
    return c.isPresent() && c.get().rejectedBy().isPresent() ? c.get().rejectedBy().get().code() : "NO_INSTANCES";
  }

  /** What removed the closest candidate, if there was one: a resource or a constraint. */
  public Optional<Rejection> closestRejection() {
    Optional<CandidateVerdict> c = closest();
    return c.isPresent() ? c.get().rejectedBy() : Optional.empty();
  }

  /** ECS's service-event wording for a task that could not be placed. */
  public String failureMessage(String who) {
    Optional<CandidateVerdict> c = closest();
    if (c.isEmpty()) {
      return who + " was unable to place a task because no container instances were found in the capacity provider";
    }
    return who + " was unable to place a task because no container instance met all of its requirements. "
        + "The closest matching container-instance " + c.get().instance().id() + " "
        + c.get().rejectedBy().orElseThrow().phrase() + ".";
  }
}
