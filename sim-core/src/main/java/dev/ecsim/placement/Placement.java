package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The ECS placement pipeline as a pure function over the cluster as it stands (ECS DG:
 * task-placement): ACTIVE candidates -> resource filter (CPU, memory, ports, ENI) -> constraints
 * (distinctInstance, memberOf) -> strategy rules in order, each breaking the ties of the one
 * before. Ties left after the last rule go to the instance with the least remaining memory, then
 * CPU, then the oldest (an ecsim choice, docs/modelling.md).
 *
 * <p>Fast paths answer the common strategies from the pool's indexes without looking at every
 * instance: a lone binpack, and spread on an indexed attribute (optionally then binpack). They
 * apply when nothing but CPU and memory can rule an instance out and no explanation is asked for,
 * and they pick exactly what the full pass would (PlacementProperties checks this).
 */
public final class Placement {
  /** Ranking after the strategy rules: tightest memory, then CPU, then oldest. */
  static final Comparator<ContainerInstance> FINAL_TIE_BREAK = Comparator
      .comparingInt(ContainerInstance::remainingMemoryMiB)
      .thenComparingInt(ContainerInstance::remainingCpu)
      .thenComparingLong(ContainerInstance::ordinal);

  private Placement() {}

  /**
   * @param pool the capacity provider's instances (the candidates are its ACTIVE ones)
   * @param cluster every instance of the cluster and spread's per-value task counts
   */
  public static PlacementDecision decide(PlacementRequest request, InstancePool pool, ClusterView cluster,
      RandomGenerator rng, boolean explain) {
    if (!explain && onlyCpuAndMemoryMatter(request)) {
      Optional<Optional<ContainerInstance>> fast = FastPaths.choose(request, pool, cluster, rng);
      // Dynamic ports are the one resource the indexes ignore; the range (28,233 ports) runs out
      // only with absurd task counts, so check the winner and take the full pass if it lacks them.
      // A miss takes the full pass too, for the closest candidate the failure event names (it
      // draws nothing at random when nothing fits).
      if (fast.isPresent() && fast.get().isPresent() && fast.get().get().missingResource(request.requirements()).isEmpty()) {
        return new PlacementDecision(fast.get(), List.of(), List.of(), Optional.empty());
      }
    }
    return fullPass(request, pool.activeInstances(), cluster.runningInstances(), rng, explain);
  }

  static boolean onlyCpuAndMemoryMatter(PlacementRequest request) {
    TaskRequirements req = request.requirements();
    return request.constraints().isEmpty() && req.staticPortCount() == 0 && !req.needsEni();
  }

  /**
   * Every candidate checked, every rule applied: the reference the fast path must agree with.
   * Verdicts are kept only when explaining; the closest rejection is tracked either way.
   */
  static PlacementDecision fullPass(PlacementRequest request, List<ContainerInstance> candidates,
      Collection<ContainerInstance> counted, RandomGenerator rng, boolean explain) {
    TaskRequirements req = request.requirements();
    List<CandidateVerdict> verdicts = explain ? new ArrayList<>(candidates.size()) : List.of();
    List<ContainerInstance> feasible = new ArrayList<>();
    CandidateVerdict closest = null;
    for (ContainerInstance candidate : candidates) {
      CandidateVerdict verdict = check(candidate, request, explain);
      if (explain) {
        verdicts.add(verdict);
      }
      if (verdict.rejection().isEmpty()) {
        feasible.add(candidate);
      } else if (closest == null || PlacementDecision.CLOSER.compare(verdict, closest) > 0) {
        closest = verdict;
      }
    }
    List<RankingStep> ranking = new ArrayList<>();
    List<ContainerInstance> tied = feasible;
    for (PlacementStrategySpec rule : request.strategy()) {
      if (tied.size() <= 1) {
        break;
      }
      tied = Strategies.apply(rule, tied, req.group(), counted, rng);
      if (explain) {
        ranking.add(new RankingStep(rule.describe(), ids(tied), Strategies.why(rule, tied, req.group())));
      }
    }
    Optional<ContainerInstance> chosen = tied.stream().min(FINAL_TIE_BREAK);
    return new PlacementDecision(chosen, verdicts, ranking,
        chosen.isPresent() ? Optional.empty() : Optional.ofNullable(closest));
  }

  /** The readable detail is built only when a decision is explained: a full pass checks every instance. */
  static CandidateVerdict check(ContainerInstance candidate, PlacementRequest request, boolean explain) {
    TaskRequirements req = request.requirements();
    Optional<String> missing = candidate.missingResource(req);
    if (missing.isPresent()) {
      return new CandidateVerdict(candidate, missing, explain ? detail(missing.get(), candidate, req) : "",
          stage(missing.get()));
    }
    for (PlacementConstraintSpec constraint : request.constraints()) {
      if (constraint instanceof PlacementConstraintSpec.DistinctInstance) {
        if (candidate.tasksInGroup(req.group()) > 0) {
          return new CandidateVerdict(candidate, DISTINCT_INSTANCE_UNSATISFIED,
              explain ? "already runs a task of " + req.group() : "", CandidateVerdict.CONSTRAINT);
        }
      } else if (constraint instanceof PlacementConstraintSpec.MemberOf member && !member.query().matches(candidate)) {
        return new CandidateVerdict(candidate, MEMBER_OF_UNSATISFIED,
            explain ? "does not match " + member.expression() : "", CandidateVerdict.CONSTRAINT);
      }
    }
    return CandidateVerdict.accepted(candidate);
  }

  private static final Optional<String> DISTINCT_INSTANCE_UNSATISFIED =
      Optional.of("DistinctInstance placement constraint unsatisfied.");
  private static final Optional<String> MEMBER_OF_UNSATISFIED = Optional.of("MemberOf placement constraint unsatisfied.");

  private static int stage(String reason) {
    return switch (reason) {
      case "RESOURCE:CPU" -> CandidateVerdict.CPU;
      case "RESOURCE:MEMORY" -> CandidateVerdict.MEMORY;
      case "RESOURCE:PORTS" -> CandidateVerdict.PORTS;
      default -> CandidateVerdict.ENI;
    };
  }

  private static String detail(String reason, ContainerInstance i, TaskRequirements req) {
    return switch (reason) {
      case "RESOURCE:CPU" -> "needs " + req.cpu() + " CPU units, " + i.remainingCpu() + " remain";
      case "RESOURCE:MEMORY" -> "needs " + req.memoryMiB() + " MiB, " + i.remainingMemoryMiB() + " remain";
      case "RESOURCE:PORTS" -> "a host port the task needs is taken, or the instance is at its port limit";
      default -> "all " + i.eniLimit() + " ENI slots for awsvpc tasks are in use";
    };
  }

  private static List<String> ids(List<ContainerInstance> instances) {
    return instances.stream().map(ContainerInstance::id).toList();
  }
}
