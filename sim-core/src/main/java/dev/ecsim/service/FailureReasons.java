package dev.ecsim.service;

import dev.ecsim.metrics.PlacementFailureReason;
import dev.ecsim.placement.Rejection;
import java.util.Optional;

/** The summary's reason for a failed placement: what ruled the closest candidate out, or no candidate at all. */
final class FailureReasons {
  private FailureReasons() {}

  static PlacementFailureReason of(Optional<Rejection> closest) {
    if (closest.isEmpty()) {
      return PlacementFailureReason.NO_INSTANCES;
    }
    return switch (closest.get()) {
      case CPU -> PlacementFailureReason.CPU;
      case MEMORY -> PlacementFailureReason.MEMORY;
      case PORTS -> PlacementFailureReason.PORTS;
      case ENI -> PlacementFailureReason.ENI;
      case DISTINCT_INSTANCE -> PlacementFailureReason.DISTINCT_INSTANCE;
      case MEMBER_OF -> PlacementFailureReason.MEMBER_OF;
    };
  }
}
