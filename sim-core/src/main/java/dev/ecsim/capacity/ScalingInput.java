package dev.ecsim.capacity;

import java.util.List;
import java.util.Objects;

/**
 * What managed scaling sees of one capacity provider at a one-minute tick. Instances are opaque
 * handles of the caller's choosing ({@code I}), handed back in {@link ScalingDecision#terminate()}.
 * Invariant: the counts are consistent (non-empty ≤ N, candidates ≤ N, minSize ≤ maxSize).
 *
 * @param instances N: instances in the group, launched and not terminated, booting ones included
 *     (the ASG counts them while pending; ecsim choice, see docs/modelling.md), those already
 *     leaving (draining for scale-in) left out
 * @param nonEmptyInstances instances running at least one non-daemon task
 * @param provisioningEstimate {@link ScaleOutEstimate#instances()} for the provider's PROVISIONING
 *     tasks
 * @param minSize the Auto Scaling group's minimum, which scale-in never goes below
 *     (docs/ecs-behaviour.md §5.4)
 * @param maxSize the Auto Scaling group's maximum, which scale-out never goes above (§5.4)
 * @param candidates the instances scale-in may take, in the order it takes them: the caller
 *     applies managed termination protection (only empty instances) and the ASG's termination
 *     policy (§5.4)
 */
public record ScalingInput<I>(
    int instances,
    int nonEmptyInstances,
    int provisioningEstimate,
    int minSize,
    int maxSize,
    Candidates<I> candidates) {

  /**
   * Scale-in's candidates, counted every tick but ordered only when a tick terminates: ordering
   * applies the termination policy, which is more work than counting.
   */
  public interface Candidates<I> {
    /** How many instances scale-in may take. */
    int count();

    /** The first {@code n} (at most {@link #count()}) in termination order. */
    List<I> first(int n);

    /** Candidates already in termination order. */
    static <I> Candidates<I> of(List<I> ordered) {
      List<I> copy = List.copyOf(ordered);
      return new Candidates<>() {
        @Override
        public int count() {
          return copy.size();
        }

        @Override
        public List<I> first(int n) {
          return copy.subList(0, n);
        }
      };
    }
  }

  public ScalingInput {
    Objects.requireNonNull(candidates, "candidates");
    if (instances < 0 || nonEmptyInstances < 0 || provisioningEstimate < 0) {
      throw new IllegalArgumentException("N " + instances + ", non-empty " + nonEmptyInstances
          + " and estimate " + provisioningEstimate + " must not be negative");
    }
    if (nonEmptyInstances > instances) {
      throw new IllegalArgumentException(
          "non-empty instances " + nonEmptyInstances + " exceed N " + instances);
    }
    if (candidates.count() > instances) {
      throw new IllegalArgumentException(
          "scale-in candidates " + candidates.count() + " exceed N " + instances);
    }
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException(
          "minSize " + minSize + " and maxSize " + maxSize + " need 0 <= minSize <= maxSize");
    }
  }

  /** An input whose candidates are listed in termination order. */
  public static <I> ScalingInput<I> of(int instances, int nonEmptyInstances, int provisioningEstimate,
      int minSize, int maxSize, List<I> candidates) {
    return new ScalingInput<>(instances, nonEmptyInstances, provisioningEstimate, minSize, maxSize,
        Candidates.of(candidates));
  }

  /** M: instances the tasks need, running plus estimated (§5.2). */
  public int needed() {
    return Math.addExact(nonEmptyInstances, provisioningEstimate);
  }

  public CapacityProviderReservation reservation() {
    return new CapacityProviderReservation(needed(), instances);
  }
}
