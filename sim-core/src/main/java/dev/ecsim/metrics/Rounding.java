package dev.ecsim.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures are reported to 6 decimals: finer digits are noise to a reader and churn in golden files.
 * Public so a report that recomputes a summary figure (a chart's percentile line) rounds it alike.
 */
public final class Rounding {
  private Rounding() {}

  public static double round6(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
  }
}
