package dev.ecsim.reports.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number-to-text for CSV cells, independent of the JVM's locale and of Double.toString's exponent
 * notation, so the same run gives byte-identical files everywhere.
 */
final class CsvNumbers {
  private CsvNumbers() {}

  static final int DEFAULT_DECIMALS = 6;

  /** Up to six decimals, trailing zeros stripped, integers without ".0". */
  static String decimal(double value) {
    return decimal(value, DEFAULT_DECIMALS);
  }

  /**
   * NaN (e.g. utilization while no instance is registered) is an empty cell, which spreadsheets and
   * pandas both read as missing; the infinities keep Java's spelling.
   */
  static String decimal(double value, int maxDecimals) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    // valueOf goes through the shortest decimal form, so 0.1 stays 0.1 rather than
    // 0.1000000000000000055...
    return BigDecimal.valueOf(value)
        .setScale(maxDecimals, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Milliseconds since the start as seconds, exact to the millisecond: 12500 -> "12.5". Written
   * digit by digit (several cells per task of a million-task tasks.csv), as {@code
   * BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString()} writes it.
   */
  static String seconds(long millis) {
    if (millis == Long.MIN_VALUE) {
      return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }
    long abs = Math.abs(millis);
    StringBuilder text = new StringBuilder(24);
    if (millis < 0) {
      text.append('-');
    }
    text.append(abs / 1000);
    int fraction = (int) (abs % 1000);
    if (fraction != 0) {
      text.append('.').append((char) ('0' + fraction / 100));
      if (fraction % 100 != 0) {
        text.append((char) ('0' + fraction / 10 % 10));
        if (fraction % 10 != 0) {
          text.append((char) ('0' + fraction % 10));
        }
      }
    }
    return text.toString();
  }
}
