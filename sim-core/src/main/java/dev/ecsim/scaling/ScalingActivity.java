package dev.ecsim.scaling;

import java.util.OptionalInt;

/**
 * Something the scalable target did in one decision, worded for the event log like an Application
 * Auto Scaling scaling activity's cause.
 */
public sealed interface ScalingActivity {
  /** The policy or scheduled action's name. */
  String source();

  int oldDesired();

  int newDesired();

  /** One sentence: what fired and why, and the change in desired count. */
  String cause();

  /** A policy moved the desired count; {@code metric} is the value that chose the new count. */
  record PolicyScaling(String source, PolicyType policyType, Direction direction, double metric,
      int oldDesired, int newDesired, String cause) implements ScalingActivity {}

  /**
   * A scheduled action set the capacity range, moving the desired count into it if needed; not
   * {@code applied} when it would leave the minimum above the maximum.
   */
  record ScheduledChange(String source, OptionalInt minCapacity, OptionalInt maxCapacity, boolean applied,
      int oldDesired, int newDesired, String cause) implements ScalingActivity {}
}
