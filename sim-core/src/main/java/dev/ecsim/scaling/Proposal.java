package dev.ecsim.scaling;

/**
 * What one policy would do this minute: move the desired count to {@code capacity} (before the
 * target's min/max), from {@code base} running tasks, driven by {@code metric}.
 */
record Proposal(ScalingPolicy policy, Direction direction, int capacity, double metric, int base, String cause) {}
