package dev.ecsim.reports.summary;

import java.util.Locale;

/**
 * How a figure is written for a person, the one rule that {@code ecsim run}'s table, report.html,
 * {@code ecsim compare} and compare.html share (units and their placement stay each table's own):
 *
 * <ul>
 *   <li>nothing is "0", never "0.0";
 *   <li>a figure of 1 or more has one decimal and thousands separators: "1,234.5", "45.3";
 *   <li>a figure under 1 keeps three significant digits, trailing zeros dropped, so a small non-zero
 *       figure never reads as nothing: 8.2e-05 of requests unserved is "0.0082 %", not "0.0 %";
 *       0.5 is "0.5", 0.0123 is "0.0123";
 *   <li>a figure with its 95 % half-width prints both with the figure's decimals ("12.3 ± 0.4",
 *       "0.040 ± 0.031"), so the two read on one scale;
 *   <li>whole counts have no decimals ("1,234"); a count averaged over replications is a figure;
 *   <li>dollars have cents ("$1,234.50"), and an amount under a dollar the figures' three
 *       significant digits, at least the cents ("$0.0123", "$0.50").
 * </ul>
 *
 * Always Locale.ROOT, so the text does not change with the machine that wrote it.
 */
public final class FigureFormat {
  private FigureFormat() {}

  /** A figure that does not apply to the run (a reservation where no instance ran). */
  public static final String NOT_APPLICABLE = "n/a";

  private static final int SIGNIFICANT_DIGITS = 3;

  /** "0", "0.0082", "0.5", "45.3", "1,234.5". */
  public static String number(double value) {
    return number(value, 1);
  }

  /** A figure and its half-width written in the figure's decimals, for a table to put its unit on. */
  public record Interval(String value, String halfWidth) {
    @Override
    public String toString() {
      return value + " ± " + halfWidth;
    }
  }

  /** "12.3 ± 0.4", "0.040 ± 0.031", "0 ± 0": the half-width in the figure's decimals. */
  public static String number(double value, double halfWidth) {
    return interval(value, halfWidth).toString();
  }

  /** The parts of {@link #number(double, double)}. */
  public static Interval interval(double value, double halfWidth) {
    return interval(value, halfWidth, 1);
  }

  /** Whole numbers as "1,234"; any other value (a mean over replications) as {@link #number}. */
  public static String count(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    return number(value);
  }

  /** "$1,234.50", "$0.0123", "$0.00", "-$12.00". */
  public static String usd(double value) {
    String digits = number(Math.abs(value), 2);
    return (value < 0 && !isZero(digits) ? "-$" : "$") + digits;
  }

  /** The digits of an amount's half-width, in the amount's decimals: "0.56" for $12.34 ± 0.56. */
  public static String usdHalfWidth(double value, double halfWidth) {
    return interval(Math.abs(value), halfWidth, 2).halfWidth();
  }

  /**
   * Decimals {@code value} needs: at least {@code minimum}; under 1, enough for three significant
   * digits. Zero and non-finite values need no more than the minimum.
   */
  static int decimals(double value, int minimum) {
    double magnitude = Math.abs(value);
    if (magnitude == 0 || magnitude >= 1 || !Double.isFinite(magnitude)) {
      return minimum;
    }
    int leadingZeros = -(int) Math.floor(Math.log10(magnitude)) - 1;
    return Math.max(minimum, leadingZeros + SIGNIFICANT_DIGITS);
  }

  private static String number(double value, int minimum) {
    if (Double.isNaN(value)) {
      return NOT_APPLICABLE;
    }
    if (value == 0 && minimum == 1) {
      return "0";
    }
    int decimals = decimals(value, minimum);
    return trim(new String[] {fixed(value, decimals)}, decimals, minimum)[0];
  }

  private static Interval interval(double value, double halfWidth, int minimum) {
    if (Double.isNaN(value)) {
      return new Interval(NOT_APPLICABLE, NOT_APPLICABLE);
    }
    if (value == 0 && halfWidth == 0 && minimum == 1) {
      return new Interval("0", "0");
    }
    int decimals = decimals(value == 0 ? halfWidth : value, minimum);
    String[] both = trim(new String[] {fixed(value, decimals), fixed(halfWidth, decimals)}, decimals, minimum);
    return new Interval(both[0], both[1]);
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /**
   * Drops trailing zeros that the significant digits added (0.500 -> 0.5), from all of {@code texts}
   * together so that they keep one scale; never below {@code minimum} decimals.
   */
  private static String[] trim(String[] texts, int decimals, int minimum) {
    int keep = decimals;
    while (keep > minimum && allEndInZero(texts)) {
      for (int i = 0; i < texts.length; i++) {
        texts[i] = texts[i].substring(0, texts[i].length() - 1);
      }
      keep--;
    }
    return texts;
  }

  private static boolean allEndInZero(String[] texts) {
    for (String t : texts) {
      if (!t.endsWith("0")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZero(String digits) {
    return digits.chars().allMatch(c -> c == '0' || c == '.' || c == ',');
  }
}
