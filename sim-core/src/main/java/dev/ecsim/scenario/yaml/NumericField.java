package dev.ecsim.scenario.yaml;

import java.util.Locale;
import java.util.Optional;

/**
 * A numeric scenario field's real range and unit, so every message about it says what the field
 * takes ("a whole number of tasks from 0 to 5,000", "a percentage above 0 and at most 100") rather
 * than the limits of the Java type that holds it. A side without a limit is infinite and is written
 * as "≥ 0" or left out; {@link #ANY_64_BIT} marks a whole number that only has to fit in a long.
 *
 * @param name the field as the scenario spells it, for messages such as "targetValue is a plain
 *     number of percent"
 * @param noun what one value is, with its unit: "a whole number of tasks", "a percentage"
 * @param min the smallest value, or negative infinity
 * @param minExclusive true when {@code min} itself is refused ("above 0")
 * @param max the largest value, or positive infinity
 * @param whole true for fields that take whole numbers only
 * @param percent true for fields in percent, so a "60%" gets "write 60"
 * @param why the rule the range comes from, shown beside an out-of-range value; empty for none
 */
public record NumericField(String name, String noun, double min, boolean minExclusive, double max, boolean whole,
    boolean percent, String why) {

  /** Bounds of a whole number that has no range of its own (a seed): any value a long holds. */
  public static final double ANY_64_BIT = Double.MAX_VALUE;

  /** A whole number of {@code unit} ("tasks", "instances", "seconds"; empty for a plain count). */
  public static NumericField whole(String name, String unit, long min, long max) {
    return new NumericField(name, unit.isEmpty() ? "a whole number" : "a whole number of " + unit, min, false, max,
        true, false, "");
  }

  /** A whole number named by {@code noun} in full: "a whole number (a relative weight)". */
  public static NumericField wholeNamed(String name, String noun, long min, long max) {
    return new NumericField(name, noun, min, false, max, true, false, "");
  }

  /** A whole number of percent, such as minimumHealthyPercent. */
  public static NumericField wholePercent(String name, long min, long max) {
    return new NumericField(name, "a whole percentage", min, false, max, true, true, "");
  }

  /** A number, fractions allowed; {@code noun} names it with its unit ("a fraction", "a number of MiB"). */
  public static NumericField number(String name, String noun, double min, double max) {
    return new NumericField(name, noun, min, false, max, false, false, "");
  }

  /** A number of percent, fractions allowed. */
  public static NumericField percent(String name, double min, double max) {
    return new NumericField(name, "a percentage", min, false, max, false, true, "");
  }

  /** This field with {@code min} itself refused: "above 0". */
  public NumericField aboveMin() {
    return new NumericField(name, noun, min, true, max, whole, percent, why);
  }

  /** This field with a different largest value, for a range that depends on another field. */
  public NumericField upTo(double newMax) {
    return new NumericField(name, noun, min, minExclusive, newMax, whole, percent, why);
  }

  /** This field with the rule its range comes from, said beside an out-of-range value. */
  public NumericField because(String rule) {
    return new NumericField(name, noun, min, minExclusive, max, whole, percent, rule);
  }

  /** True when {@code v} lies in the range. */
  public boolean accepts(double v) {
    return (minExclusive ? v > min : v >= min) && v <= max;
  }

  /** What the field takes, e.g. "a whole number of tasks from 0 to 5,000" or "a number ≥ 0". */
  public String describe() {
    if (whole && min == -ANY_64_BIT && max == ANY_64_BIT) {
      return "a whole number that fits in 64 bits (up to about ±9.2 × 10^18)";
    }
    return noun + bounds();
  }

  /** Only the bounds: " from 0 to 5,000", " above 0 and at most 100", " ≥ 0", or empty. */
  public String bounds() {
    boolean low = Double.isFinite(min) && min != -ANY_64_BIT;
    boolean high = Double.isFinite(max) && max != ANY_64_BIT;
    if (low && high) {
      return minExclusive ? " above " + show(min) + " and at most " + show(max) : " from " + show(min) + " to "
          + show(max);
    }
    if (low) {
      return (minExclusive ? " above " : " ≥ ") + show(min);
    }
    return high ? " ≤ " + show(max) : ", of any sign";
  }

  /** The message for a value that is not a number, with a hint when it carries a '%'. */
  public String notANumber(String found, Optional<String> text) {
    String percentSign = text.map(String::trim).filter(t -> t.endsWith("%")).orElse(null);
    if (percentSign != null) {
      String bare = percentSign.substring(0, percentSign.length() - 1).trim();
      return percent
          ? "'" + percentSign + "': " + name + " is a plain number of percent; write " + bare
          : "'" + percentSign + "': " + name + " is " + describe() + ", not a percentage";
    }
    return "expected " + describe() + ", found " + found;
  }

  /** The message for a number outside the range. */
  public String outOfRange(double v) {
    return show(v) + " is out of range; " + name + " is " + describe() + (why.isEmpty() ? "" : " (" + why + ")");
  }

  /**
   * A value as people write it: 5,000 rather than 5000.0, 0.5 rather than 5.0E-1; thousands grouped.
   */
  public static String show(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      long whole = (long) v;
      return Math.abs(whole) >= 1_000 ? String.format(Locale.ROOT, "%,d", whole) : Long.toString(whole);
    }
    return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? java.math.BigDecimal.valueOf(v).stripTrailingZeros()
        .toPlainString() : Double.toString(v);
  }
}
