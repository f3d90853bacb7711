package dev.ecsim.scaling;

import java.math.BigDecimal;

/** Number formatting and the guarded rounding shared by the scaling rules. */
final class Numbers {
  /** Products like 10 × 0.66 / 0.6 land a hair off a whole number; closer than this counts as whole. */
  private static final double WHOLE_TOLERANCE = 1e-9;

  private Numbers() {}

  /** 90.0 as "90", 66.5 as "66.5", infinities as "-inf" and "+inf". */
  static String format(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "+inf" : "-inf";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A metric value for a sentence: at most two decimals (the rule itself uses the exact value). */
  static String display(double v) {
    if (Double.isInfinite(v) || Double.isNaN(v)) {
      return format(v);
    }
    return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  static long ceil(double v) {
    return (long) Math.ceil(snap(v));
  }

  static long floor(double v) {
    return (long) Math.floor(snap(v));
  }

  /** {@code v} itself, or the whole number it is within floating-point noise of. */
  static double snap(double v) {
    double r = Math.rint(v);
    return Math.abs(v - r) < WHOLE_TOLERANCE ? r : v;
  }
}
