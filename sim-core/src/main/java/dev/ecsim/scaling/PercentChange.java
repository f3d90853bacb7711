package dev.ecsim.scaling;

import java.util.OptionalInt;

/**
 * PercentChangeInCapacity arithmetic (docs/ecs-behaviour.md §6.3, AAS: step-scaling): the change is
 * base × percent / 100, rounded so that a non-zero percentage always changes something — above 1
 * down (12.7 → 12), from 0 to 1 up to 1 (0.5 → 1), from −1 to 0 down to −1 (−0.5 → −1), below
 * −1 toward zero (−6.67 → −6) — then raised to {@code MinAdjustmentMagnitude} if it falls short
 * (25 % of 4 with a minimum of 2 → +2).
 */
public final class PercentChange {
  private PercentChange() {}

  /** The change in tasks for {@code percent} of {@code base} running tasks. */
  public static int of(int base, int percent, OptionalInt minAdjustmentMagnitude) {
    if (base < 0) {
      throw new IllegalArgumentException("base " + base + " is negative");
    }
    if (percent == 0) {
      return 0;
    }
    double change = Numbers.snap((double) base * percent / 100.0);
    // From zero tasks a percentage of nothing is 0, which lies in [0, 1] or [-1, 0]: ±1 by the rule.
    int rounded = change == 0 ? Integer.signum(percent) : round(change);
    int magnitude = Math.max(Math.abs(rounded), minAdjustmentMagnitude.orElse(0));
    return Integer.signum(rounded) * magnitude;
  }

  /** Application Auto Scaling's rounding of a fractional change; 0 stays 0. */
  public static int round(double change) {
    if (change > 1) {
      return (int) Math.min(Integer.MAX_VALUE, Math.floor(change));
    }
    if (change > 0) {
      return 1;
    }
    if (change >= -1) {
      return change == 0 ? 0 : -1;
    }
    return (int) Math.max(Integer.MIN_VALUE, Math.ceil(change));
  }
}
