package dev.ecsim.capacity;

import java.util.List;
import java.util.Objects;

/**
 * What managed scaling does at one tick: the datapoint it published, how many instances to launch
 * and which to terminate (never both), and why, worded for the event log.
 *
 * @param reservation the CapacityProviderReservation datapoint of this tick
 * @param launch instances to add to the group now, 0 or more
 * @param terminate instances to remove now, handles from the input, in its preference order
 * @param reason e.g. "CapacityProviderReservation 200 > target 100: launching 3 (...)"
 */
public record ScalingDecision<I>(
    CapacityProviderReservation reservation, int launch, List<I> terminate, String reason) {

  public ScalingDecision {
    Objects.requireNonNull(reservation, "reservation");
    Objects.requireNonNull(reason, "reason");
    terminate = List.copyOf(terminate);
    if (launch < 0) {
      throw new IllegalArgumentException("launch " + launch + " must not be negative");
    }
    if (launch > 0 && !terminate.isEmpty()) {
      throw new IllegalArgumentException("a tick either launches or terminates, not both");
    }
  }

  /** True when the tick changes the group. */
  public boolean acts() {
    return launch > 0 || !terminate.isEmpty();
  }
}
