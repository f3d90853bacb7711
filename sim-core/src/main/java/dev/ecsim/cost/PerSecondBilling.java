package dev.ecsim.cost;

/**
 * The metering rule EC2 Linux and Fargate share: per second, rounded up to the whole second, with
 * a one-minute minimum (EC2 UG: concepts, docs/ecs-behaviour.md §4.2; AWS Fargate pricing
 * page, §3.2). Kept in one place so the two bills cannot drift apart.
 */
final class PerSecondBilling {
  static final long MINIMUM_BILLED_SECONDS = 60;

  private PerSecondBilling() {}

  /** Whole seconds billed for a run of {@code millis}: rounded up, at least 60. */
  static long billedSeconds(long millis) {
    long seconds = (millis + 999) / 1000;
    return Math.max(MINIMUM_BILLED_SECONDS, seconds);
  }

  static double usd(long billedSeconds, double usdPerHour) {
    return billedSeconds * usdPerHour / 3600.0;
  }
}
