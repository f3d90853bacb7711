package dev.ecsim.scenario;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A capacity provider's {@code spot:} settings (docs/ecs-behaviour.md §3.4, §4.3, §4.4). On-demand
 * providers and FARGATE get {@link #NONE}: no price ratio, never interrupted.
 *
 * @param priceRatio EC2: the spot price as a share of on-demand, overriding the catalog's
 * @param priceHistory EC2: spot prices that change over the run, per type; exclusive with priceRatio
 * @param interruption how interruptions arrive; {@link InterruptionSpec.None} only when not spot
 * @param reclaim EC2 with a {@link InterruptionSpec.Poisson} process only: correlated interruptions
 * @param draining EC2: the agent's {@code ECS_ENABLE_SPOT_INSTANCE_DRAINING} (default false, §4.4)
 * @param capacityRebalancing EC2: the Auto Scaling group launches the replacement at the notice
 */
public record SpotSpec(
    OptionalDouble priceRatio,
    Optional<SpotPriceHistory> priceHistory,
    InterruptionSpec interruption,
    Optional<ReclaimSpec> reclaim,
    boolean draining,
    boolean capacityRebalancing) {

  /** Not spot capacity: nothing to price differently, nothing to interrupt. */
  public static final SpotSpec NONE =
      new SpotSpec(OptionalDouble.empty(), Optional.empty(), new InterruptionSpec.None(), Optional.empty(), false,
          false);

  /**
   * EC2 Spot when the scenario gives no process. ecsim choice: {@code <5%}, the band popular
   * current types in us-east-1 usually show (docs/ecs-behaviour.md §4.3).
   */
  public static final InterruptionSpec.Band DEFAULT_EC2_BAND = InterruptionSpec.Band.UNDER_5;

  /**
   * Fargate Spot when the scenario gives no process: 5 % of tasks interrupted per month, an
   * assumption and not AWS data (docs/ecs-behaviour.md §3.4, ecsim decision 5).
   */
  public static final double DEFAULT_FARGATE_SPOT_MONTHLY_SHARE = 0.05;

  public SpotSpec {
    boolean spot = !(interruption instanceof InterruptionSpec.None);
    if (!spot && (priceRatio.isPresent() || priceHistory.isPresent() || reclaim.isPresent() || draining
        || capacityRebalancing)) {
      throw new IllegalArgumentException("spot settings without an interruption process: " + priceRatio + ", "
          + priceHistory + ", " + reclaim + ", draining " + draining + ", capacityRebalancing " + capacityRebalancing);
    }
    if (priceRatio.isPresent() && priceHistory.isPresent()) {
      throw new IllegalArgumentException("a price ratio and a price history exclude each other: " + priceRatio
          + ", " + priceHistory.get().file());
    }
    if (reclaim.isPresent() && !(interruption instanceof InterruptionSpec.Poisson)) {
      throw new IllegalArgumentException("a reclaim needs a band or a rate, found " + interruption);
    }
  }

  /** Spot settings with prices from the catalog ratio or {@code priceRatio}, no price history. */
  public SpotSpec(OptionalDouble priceRatio, InterruptionSpec interruption, Optional<ReclaimSpec> reclaim,
      boolean draining, boolean capacityRebalancing) {
    this(priceRatio, Optional.empty(), interruption, reclaim, draining, capacityRebalancing);
  }

  /** An EC2 spot provider that sets nothing but, perhaps, its price ratio. */
  public static SpotSpec ec2Default(OptionalDouble priceRatio) {
    return new SpotSpec(priceRatio, DEFAULT_EC2_BAND, Optional.empty(), false, false);
  }

  /** FARGATE_SPOT as ECS provides it: 5 % a month (ecsim decision 5). */
  public static SpotSpec fargateSpotDefault() {
    return new SpotSpec(OptionalDouble.empty(),
        InterruptionSpec.Rate.ofMonthlyShare(DEFAULT_FARGATE_SPOT_MONTHLY_SHARE), Optional.empty(), false, false);
  }

  /** Spot capacity: interruptions may come (an explicit rate of 0 or no times still counts as spot). */
  public boolean isSpot() {
    return !(interruption instanceof InterruptionSpec.None);
  }
}
