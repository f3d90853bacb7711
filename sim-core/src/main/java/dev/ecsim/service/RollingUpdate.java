package dev.ecsim.service;

/** The arithmetic of ECS rolling updates (docs/ecs-behaviour.md §7.2, §7.3). */
final class RollingUpdate {
  private RollingUpdate() {}

  /** PENDING + RUNNING + STOPPING tasks allowed: floor(desired x maximumPercent / 100). */
  static int maximumTasks(int desired, int maximumPercent) {
    return (int) ((long) desired * maximumPercent / 100);
  }

  /** Healthy tasks to keep: ceil(desired x minimumHealthyPercent / 100). */
  static int minimumHealthyTasks(int desired, int minimumHealthyPercent) {
    return (int) (((long) desired * minimumHealthyPercent + 99) / 100);
  }

  /** Failed launches that trip the circuit breaker: clamp(ceil(0.5 x desired), 3, 200), current API. */
  static int circuitBreakerThreshold(int desired) {
    return Math.max(3, Math.min(200, (desired + 1) / 2));
  }
}
