package dev.ecsim.capacity;

/**
 * The {@code managedScaling} settings of an Auto Scaling group capacity provider
 * (docs/ecs-behaviour.md §5.2, ECS API: ManagedScaling). Valid by construction:
 * every field within the API's range and the minimum step no larger than the maximum.
 *
 * @param targetCapacity the CapacityProviderReservation the group is steered to, 1–100 percent
 * @param minimumScalingStepSize fewest instances one scale-out launches, 1–10,000
 * @param maximumScalingStepSize most instances one scale-out launches, 1–10,000
 * @param instanceWarmupMillis how long after a scale-out no further scale-out starts, 0–10,000 s
 */
public record ManagedScalingSettings(
    int targetCapacity,
    int minimumScalingStepSize,
    int maximumScalingStepSize,
    long instanceWarmupMillis) {

  // Defaults and ranges: docs/ecs-behaviour.md §0 and §5.2 (ECS API: ManagedScaling). The API's
  // range for targetCapacity is (0, 100]; an integer percent makes that 1–100.
  public static final int DEFAULT_TARGET_CAPACITY = 100;
  public static final int DEFAULT_MINIMUM_STEP = 1;
  public static final int DEFAULT_MAXIMUM_STEP = 10_000;
  public static final int MAXIMUM_STEP_LIMIT = 10_000;
  public static final long DEFAULT_WARMUP_MILLIS = 300_000;
  public static final long MAXIMUM_WARMUP_MILLIS = 10_000_000;

  public ManagedScalingSettings {
    if (targetCapacity < 1 || targetCapacity > 100) {
      throw new IllegalArgumentException(
          "targetCapacity " + targetCapacity + " must be a percent in 1..100");
    }
    requireStep("minimumScalingStepSize", minimumScalingStepSize);
    requireStep("maximumScalingStepSize", maximumScalingStepSize);
    if (minimumScalingStepSize > maximumScalingStepSize) {
      throw new IllegalArgumentException(
          "minimumScalingStepSize " + minimumScalingStepSize
              + " must not exceed maximumScalingStepSize " + maximumScalingStepSize);
    }
    if (instanceWarmupMillis < 0 || instanceWarmupMillis > MAXIMUM_WARMUP_MILLIS) {
      throw new IllegalArgumentException(
          "instanceWarmupPeriod " + instanceWarmupMillis + " ms must be in 0..10000 s");
    }
  }

  /** What a capacity provider gets when it turns managed scaling on and sets nothing else. */
  public static ManagedScalingSettings defaults() {
    return new ManagedScalingSettings(DEFAULT_TARGET_CAPACITY, DEFAULT_MINIMUM_STEP,
        DEFAULT_MAXIMUM_STEP, DEFAULT_WARMUP_MILLIS);
  }

  /**
   * The group size the target-tracking policy steers to for {@code m} needed instances:
   * ceil(M × 100 / targetCapacity) (docs/ecs-behaviour.md §5.2; target 50 gives 2M).
   */
  public int desiredInstances(int m) {
    if (m < 0) {
      throw new IllegalArgumentException("needed instances " + m + " must not be negative");
    }
    return Math.toIntExact(((long) m * 100 + targetCapacity - 1) / targetCapacity);
  }

  private static void requireStep(String field, int value) {
    if (value < 1 || value > MAXIMUM_STEP_LIMIT) {
      throw new IllegalArgumentException(field + " " + value + " must be in 1..10000");
    }
  }
}
