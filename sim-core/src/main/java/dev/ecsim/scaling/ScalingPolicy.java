package dev.ecsim.scaling;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A dynamic scaling policy of one scalable target: it owns its alarms and cooldowns and proposes a
 * capacity; {@link ScalableTarget} combines the proposals of all its policies.
 */
sealed interface ScalingPolicy permits TargetTrackingPolicy, StepScalingPolicy {
  String name();

  ServiceMetric metric();

  PolicyType type();

  /**
   * Publishes the datapoint of the minute ending at {@code now} to the policy's alarms and says
   * what the policy would do. Missing data never scales (docs/ecs-behaviour.md §6.2:
   * INSUFFICIENT_DATA → no scaling; ecsim applies it to every policy), though it still moves the
   * alarms.
   */
  Optional<Proposal> observe(long now, int running, int desired, OptionalDouble value);

  /** The policy's proposal won at {@code now} and set the desired count to {@code newDesired}. */
  void applied(long now, Proposal proposal, int newDesired);

  /** A scale-out happened: scale-in cooldowns end (AAS: a scale-out cuts a scale-in cooldown short). */
  void endScaleInCooldown();

  /** Alarm state changes since the last call. */
  List<AlarmChange> drainAlarmChanges();
}
