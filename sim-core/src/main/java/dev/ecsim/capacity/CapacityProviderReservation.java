package dev.ecsim.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One datapoint of the {@code CapacityProviderReservation} metric: M / N × 100, with M = N = 0 →
 * 100 and M > 0, N = 0 → 200 (docs/ecs-behaviour.md §5.2, roadmap #961; ecsim decision 3, §5.4).
 * Comparisons with the target are exact (integer cross-multiplication), so 2 of 3 is below 67 and
 * never "equal" by rounding.
 *
 * @param needed M: instances running at least one non-daemon task plus the scale-out estimate of
 *     the PROVISIONING tasks
 * @param instances N: instances in the group, launched and not terminated
 */
public record CapacityProviderReservation(int needed, int instances) {

  public CapacityProviderReservation {
    if (needed < 0 || instances < 0) {
      throw new IllegalArgumentException(
          "M " + needed + " and N " + instances + " must not be negative");
    }
  }

  /** The metric value in percent, for logs and charts; decisions use the exact comparisons. */
  public double percent() {
    return (double) numerator() / denominator();
  }

  /** True when the datapoint breaches the high alarm: CPR > targetCapacity (§5.2). */
  public boolean isAbove(int targetCapacity) {
    return numerator() > (long) targetCapacity * denominator();
  }

  /** True when the datapoint counts towards the low alarm: CPR < targetCapacity (§5.2). */
  public boolean isBelow(int targetCapacity) {
    return numerator() < (long) targetCapacity * denominator();
  }

  /** The value rounded to two decimals without trailing zeros: "100", "66.67", "87.5". */
  public String formatted() {
    return BigDecimal.valueOf(numerator())
        .divide(BigDecimal.valueOf(denominator()), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  // The value is numerator / denominator; N = 0 is the two documented edge cases.
  private long numerator() {
    if (instances == 0) {
      return needed == 0 ? 100 : 200;
    }
    return (long) needed * 100;
  }

  private long denominator() {
    return instances == 0 ? 1 : instances;
  }

  @Override
  public String toString() {
    return "CapacityProviderReservation " + formatted() + " (M " + needed + ", N " + instances + ")";
  }
}
