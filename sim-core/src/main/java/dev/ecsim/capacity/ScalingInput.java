package dev.ecsim.capacity;

import java.util.List;
import java.util.Objects;

/**
 * What managed scaling sees of one capacity provider at a one-minute tick. Instances are opaque
 * handles of the caller's choosing ({@code I}), handed back in {@link ScalingDecision#terminate()}.
 * Invariant: the counts are consistent (non-empty ≤ N, listed instances ≤ the instances they
 * stand for, minSize ≤ maxSize).
 *
 * @param instances N: instances in the group, launched and not terminated, booting ones included
 *     (the ASG counts them while pending; ecsim choice, see docs/modelling.md)
 * @param nonEmptyInstances instances running at least one non-daemon task
 * @param provisioningEstimate {@link ScaleOutEstimate#instances()} for the provider's PROVISIONING
 *     tasks
 * @param minSize the Auto Scaling group's minimum, which scale-in never goes below (§5.4)
 * @param maxSize the Auto Scaling group's maximum, which scale-out never goes above (§5.4)
 * @param emptyInstances instances with no non-daemon task that may be terminated, most preferred
 *     first (the ASG termination order of §5.4 is the caller's to apply)
 * @param busyInstances non-empty instances in termination preference order, consulted only when
 *     managed termination protection is off; may be left empty when it is on
 */
public record ScalingInput<I>(
    int instances,
    int nonEmptyInstances,
    int provisioningEstimate,
    int minSize,
    int maxSize,
    List<I> emptyInstances,
    List<I> busyInstances) {

  public ScalingInput {
    emptyInstances = List.copyOf(Objects.requireNonNull(emptyInstances, "emptyInstances"));
    busyInstances = List.copyOf(Objects.requireNonNull(busyInstances, "busyInstances"));
    if (instances < 0 || nonEmptyInstances < 0 || provisioningEstimate < 0) {
      throw new IllegalArgumentException("N " + instances + ", non-empty " + nonEmptyInstances
          + " and estimate " + provisioningEstimate + " must not be negative");
    }
    if (nonEmptyInstances > instances) {
      throw new IllegalArgumentException(
          "non-empty instances " + nonEmptyInstances + " exceed N " + instances);
    }
    if (emptyInstances.size() > instances - nonEmptyInstances) {
      throw new IllegalArgumentException("empty instances listed " + emptyInstances.size()
          + " exceed N - non-empty = " + (instances - nonEmptyInstances));
    }
    if (busyInstances.size() > nonEmptyInstances) {
      throw new IllegalArgumentException("busy instances listed " + busyInstances.size()
          + " exceed the non-empty count " + nonEmptyInstances);
    }
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException(
          "minSize " + minSize + " and maxSize " + maxSize + " need 0 <= minSize <= maxSize");
    }
  }

  /** A tick's input when managed termination protection is on: busy instances are never needed. */
  public static <I> ScalingInput<I> protectedGroup(int instances, int nonEmptyInstances,
      int provisioningEstimate, int minSize, int maxSize, List<I> emptyInstances) {
    return new ScalingInput<>(instances, nonEmptyInstances, provisioningEstimate, minSize, maxSize,
        emptyInstances, List.of());
  }

  /** M: instances the tasks need, running plus estimated (§5.2). */
  public int needed() {
    return Math.addExact(nonEmptyInstances, provisioningEstimate);
  }

  public CapacityProviderReservation reservation() {
    return new CapacityProviderReservation(needed(), instances);
  }
}
