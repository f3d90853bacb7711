package dev.ecsim.cost;

/**
 * The Fargate meter (AWS Fargate pricing page; docs/ecs-behaviour.md §3.2): a task is billed on its
 * requested vCPU and memory from the start of its image pull ({@code pullStartedAt}) to its stop
 * ({@code stoppedAt}), per second rounded up, one minute minimum, the same rule as EC2 Linux.
 */
public final class FargateBilling {
  private FargateBilling() {}

  /** Seconds billed for a task whose image pull started at {@code fromMillis} and that stopped at {@code toMillis}. */
  public static long billedSeconds(long fromMillis, long toMillis) {
    if (toMillis < fromMillis) {
      throw new IllegalArgumentException("a task cannot stop (" + toMillis + " ms) before its image pull starts ("
          + fromMillis + " ms)");
    }
    return PerSecondBilling.billedSeconds(toMillis - fromMillis);
  }

  /** USD for {@code billedSeconds} at a task's hourly price ({@link PriceBook#fargateUsdPerHour}). */
  public static double usd(long billedSeconds, double usdPerHour) {
    return PerSecondBilling.usd(billedSeconds, usdPerHour);
  }
}
