package dev.ecsim.placement;

import dev.ecsim.cluster.ClusterView;
import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.InstancePool;
import dev.ecsim.cluster.InstanceState;
import dev.ecsim.cluster.Shortfall;
import dev.ecsim.cluster.TaskRequirements;
import dev.ecsim.scenario.PlacementConstraintSpec;
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
 * <p>Only a decision to be explained checks every candidate and keeps a verdict for each. Without
 * one: {@code random} first draws from the pool ({@link RandomPlacement}); a lone binpack, and
 * spread on an indexed attribute (optionally then binpack), are answered from the pool's indexes
 * when nothing but CPU and memory can rule an instance out ({@link FastPaths}); a task no instance
 * has the CPU and memory for is answered from the indexes too, closest candidate included. Every
 * shortcut picks exactly what the explained pass picks (PlacementProperties checks this); what is
 * left takes the pass, which then allocates nothing per candidate.
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
    if (explain) {
      return fullPass(request, pool, cluster, rng, true);
    }
    TaskRequirements req = request.requirements();
    if (randomFirst(request)) {
      RandomPlacement.Draw draw = RandomPlacement.choose(pool, request, rng);
      if (draw.chosen().isPresent()) {
        return PlacementDecision.placed(draw.chosen().get(), draw.examined());
      }
      return miss(request, pool, draw.examined());
    }
    if (onlyCpuAndMemoryMatter(request)) {
      FastPath fast = FastPaths.choose(request, pool, cluster);
      if (fast instanceof FastPath.NoInstance) {
        return miss(request, pool, 0);
      }
      // Dynamic ports are the one resource the indexes ignore; the range (28,233 ports) runs out
      // only with absurd task counts, so check the winner and take the full pass if it lacks them.
      if (fast instanceof FastPath.Decided d && d.instance().shortfall(req) == Shortfall.NONE) {
        return PlacementDecision.placed(d.instance(), 1);
      }
    }
    return fullPass(request, pool, cluster, rng, false);
  }

  static boolean onlyCpuAndMemoryMatter(PlacementRequest request) {
    TaskRequirements req = request.requirements();
    return request.constraints().isEmpty() && req.staticPortCount() == 0 && !req.needsEni();
  }

  private static boolean randomFirst(PlacementRequest request) {
    return !request.rules().isEmpty() && request.rules().get(0) instanceof StrategyRule.Random;
  }

  /**
   * Nothing fits: the closest candidate for the failure event. When no ACTIVE instance has both the
   * CPU and the memory, the indexes say which stage the closest reached; otherwise (ports, ENIs,
   * constraints ruled the rest out) a pass over the candidates finds it.
   */
  private static PlacementDecision miss(PlacementRequest request, InstancePool pool, int examinedSoFar) {
    TaskRequirements req = request.requirements();
    if (pool.leastRemainingCpuFitting(req.cpu(), req.memoryMiB()).isEmpty()) {
      return closestByResources(pool, req, examinedSoFar);
    }
    Filtered f = filter(request, pool.activeInstances(), false);
    return PlacementDecision.missed(f.closest(), examinedSoFar + f.examined());
  }

  /**
   * No ACTIVE instance has the CPU and the memory. If some has the CPU, every such one failed on
   * memory, the furthest stage reached, and the oldest of them is the closest; otherwise all failed
   * on CPU and the oldest ACTIVE instance is. A walk oldest first that stops at the first match.
   */
  private static PlacementDecision closestByResources(InstancePool pool, TaskRequirements req, int examinedSoFar) {
    boolean someHaveTheCpu = pool.leastRemainingCpuFitting(req.cpu(), 0).isPresent();
    int examined = examinedSoFar;
    for (ContainerInstance i : pool.runningInstances()) {
      if (i.state() != InstanceState.ACTIVE) {
        continue;
      }
      examined++;
      if (!someHaveTheCpu || i.remainingCpu() >= req.cpu()) {
        Rejection r = someHaveTheCpu ? Rejection.MEMORY : Rejection.CPU;
        return PlacementDecision.missed(Optional.of(CandidateVerdict.rejected(i, r, "")), examined);
      }
    }
    return PlacementDecision.missed(Optional.empty(), examined);
  }

  /**
   * Every candidate checked, every rule applied: the reference the shortcuts must agree with.
   * Verdicts are kept only when explaining; the closest rejection is tracked either way.
   */
  static PlacementDecision fullPass(PlacementRequest request, InstancePool pool, ClusterView cluster,
      RandomGenerator rng, boolean explain) {
    TaskRequirements req = request.requirements();
    Filtered f = filter(request, pool.activeInstances(), explain);
    int examined = f.examined();
    List<RankingStep> ranking = new ArrayList<>();
    Optional<ContainerInstance> chosen;
    if (randomFirst(request)) {
      // The same draws as the unexplained decision, so explaining never changes where a task goes.
      RandomPlacement.Draw draw = RandomPlacement.choose(pool, request, rng);
      chosen = draw.chosen();
      examined += draw.examined();
      if (explain && f.feasible().size() > 1) {
        StrategyRule rule = request.rules().get(0);
        List<ContainerInstance> kept = List.of(chosen.orElseThrow());
        ranking.add(new RankingStep(rule.describe(), ids(kept), Strategies.why(rule, kept, req.group())));
      }
    } else {
      List<ContainerInstance> tied = f.feasible();
      Collection<ContainerInstance> counted = cluster.runningInstances();
      for (StrategyRule rule : request.rules()) {
        if (tied.size() <= 1) {
          break;
        }
        tied = Strategies.apply(rule, tied, req.group(), counted, rng);
        if (explain) {
          ranking.add(new RankingStep(rule.describe(), ids(tied), Strategies.why(rule, tied, req.group())));
        }
      }
      chosen = tied.stream().min(FINAL_TIE_BREAK);
    }
    return new PlacementDecision(chosen, f.verdicts(), ranking,
        chosen.isPresent() ? Optional.empty() : f.closest(), examined);
  }

  /** The candidates that pass, the closest rejection, and (explaining) every verdict. */
  private record Filtered(List<ContainerInstance> feasible, Optional<CandidateVerdict> closest,
      List<CandidateVerdict> verdicts, int examined) {}

  /**
   * The resource and constraint filter over every candidate. Unexplained, a candidate costs a
   * primitive stage and nothing is built but the closest's verdict, once, at the end.
   */
  private static Filtered filter(PlacementRequest request, Collection<ContainerInstance> candidates, boolean explain) {
    List<CandidateVerdict> verdicts = explain ? new ArrayList<>(candidates.size()) : List.of();
    List<ContainerInstance> feasible = new ArrayList<>();
    ContainerInstance closest = null;
    int closestStage = -1;
    for (ContainerInstance candidate : candidates) {
      int stage = stage(candidate, request);
      if (explain) {
        verdicts.add(check(candidate, request, true));
      }
      if (stage == Rejection.ACCEPTED_STAGE) {
        feasible.add(candidate);
      } else if (stage > closestStage || (stage == closestStage && candidate.ordinal() < closest.ordinal())) {
        closest = candidate;
        closestStage = stage;
      }
    }
    Optional<CandidateVerdict> closestVerdict = closest == null ? Optional.empty()
        : Optional.of(check(closest, request, explain));
    return new Filtered(feasible, closestVerdict, verdicts, candidates.size());
  }

  /** Whether the candidate passes every resource check and constraint; allocates nothing. */
  static boolean passes(ContainerInstance candidate, PlacementRequest request) {
    return stage(candidate, request) == Rejection.ACCEPTED_STAGE;
  }

  /** How far the candidate gets ({@link Rejection#stage}, or accepted); allocates nothing. */
  static int stage(ContainerInstance candidate, PlacementRequest request) {
    TaskRequirements req = request.requirements();
    Optional<Rejection> missing = Rejection.of(candidate.shortfall(req));
    if (missing.isPresent()) {
      return missing.get().stage();
    }
    List<PlacementConstraintSpec> constraints = request.constraints();
    for (int k = 0; k < constraints.size(); k++) {
      if (!satisfied(constraints.get(k), candidate, req.group())) {
        return Rejection.CONSTRAINT_STAGE;
      }
    }
    return Rejection.ACCEPTED_STAGE;
  }

  /** The verdict on one candidate; its readable detail is built only when the decision is explained. */
  static CandidateVerdict check(ContainerInstance candidate, PlacementRequest request, boolean explain) {
    TaskRequirements req = request.requirements();
    Optional<Rejection> missing = Rejection.of(candidate.shortfall(req));
    if (missing.isPresent()) {
      return CandidateVerdict.rejected(candidate, missing.get(), explain ? detail(missing.get(), candidate, req) : "");
    }
    for (PlacementConstraintSpec constraint : request.constraints()) {
      if (satisfied(constraint, candidate, req.group())) {
        continue;
      }
      if (constraint instanceof PlacementConstraintSpec.MemberOf member) {
        return CandidateVerdict.rejected(candidate, Rejection.MEMBER_OF,
            explain ? "does not match " + member.expression() : "");
      }
      return CandidateVerdict.rejected(candidate, Rejection.DISTINCT_INSTANCE,
          explain ? "already runs a task of " + req.group() : "");
    }
    return CandidateVerdict.accepted(candidate);
  }

  private static boolean satisfied(PlacementConstraintSpec constraint, ContainerInstance candidate, String group) {
    if (constraint instanceof PlacementConstraintSpec.DistinctInstance) {
      return candidate.tasksInGroup(group) == 0;
    }
    return !(constraint instanceof PlacementConstraintSpec.MemberOf member) || member.query().matches(candidate);
  }

  /** The readable detail of a resource rejection (constraints write their own). */
  private static String detail(Rejection missing, ContainerInstance i, TaskRequirements req) {
    return switch (missing) {
      case CPU -> "needs " + req.cpu() + " CPU units, " + i.remainingCpu() + " remain";
      case MEMORY -> "needs " + req.memoryMiB() + " MiB, " + i.remainingMemoryMiB() + " remain";
      case PORTS -> "a host port the task needs is taken, or the instance is at its port limit";
      case ENI, DISTINCT_INSTANCE, MEMBER_OF -> "all " + i.eniLimit() + " ENI slots for awsvpc tasks are in use";
    };
  }

  private static List<String> ids(List<ContainerInstance> instances) {
    return instances.stream().map(ContainerInstance::id).toList();
  }
}
