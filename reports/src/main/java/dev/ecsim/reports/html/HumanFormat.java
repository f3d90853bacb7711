package dev.ecsim.reports.html;

import dev.ecsim.reports.summary.FigureFormat;
import java.util.Locale;

/**
 * Numbers as a person reads them in the report, by the rule of {@link FigureFormat} (one decimal,
 * three significant digits under 1, "0" for nothing, thousands separators) with the report's units.
 * Always Locale.ROOT, so a report does not change with the machine that wrote it. NaN reads "n/a".
 */
final class HumanFormat {
  private HumanFormat() {}

  static final String NOT_AVAILABLE = FigureFormat.NOT_APPLICABLE;

  /** "$1,234.56", "$0.0123"; a negative amount is "-$1.00". */
  static String usd(double value) {
    return Double.isNaN(value) ? NOT_AVAILABLE : FigureFormat.usd(value);
  }

  /** "45.3%", "0.0082%", "0%". */
  static String percent(double value) {
    return Double.isNaN(value) ? NOT_AVAILABLE : FigureFormat.number(value) + "%";
  }

  /** Whole numbers as "1,234"; a mean over replications such as 12.5 is a figure. */
  static String count(double value) {
    return Double.isNaN(value) ? NOT_AVAILABLE : FigureFormat.count(value);
  }

  /** "1,234.5", "0.25". */
  static String decimal(double value) {
    return Double.isNaN(value) ? NOT_AVAILABLE : FigureFormat.number(value);
  }

  /** The unit a duration of this many seconds reads best in. */
  enum DurationUnit {
    SECONDS(1, "s"),
    MINUTES(60, "min"),
    HOURS(3600, "h"),
    DAYS(86_400, "d");

    final double seconds;
    final String symbol;

    DurationUnit(double seconds, String symbol) {
      this.seconds = seconds;
      this.symbol = symbol;
    }

    /** Below two of a unit, the next smaller one reads better: "90.0 s", not "1.5 min". */
    static DurationUnit forSeconds(double seconds) {
      double magnitude = Math.abs(seconds);
      if (magnitude < 120) {
        return SECONDS;
      }
      if (magnitude < 2 * 3600) {
        return MINUTES;
      }
      if (magnitude < 2 * 86_400) {
        return HOURS;
      }
      return DAYS;
    }

    String format(double valueSeconds) {
      return Double.isNaN(valueSeconds) ? NOT_AVAILABLE : number(valueSeconds) + " " + symbol;
    }

    /** The duration in this unit without its symbol, for a column that names the unit once. */
    String number(double valueSeconds) {
      return Double.isNaN(valueSeconds) ? NOT_AVAILABLE : FigureFormat.number(valueSeconds / seconds);
    }

    /** "3.5" and "0.2" in this unit, without its symbol. */
    FigureFormat.Interval interval(double valueSeconds, double halfWidthSeconds) {
      return FigureFormat.interval(valueSeconds / seconds, halfWidthSeconds / seconds);
    }
  }

  /** "42.0 s", "3.5 min", "2.1 h", "7.0 d", "0 s". */
  static String duration(double seconds) {
    return DurationUnit.forSeconds(seconds).format(seconds);
  }

  /** Simulated time since the start as a clock: "02:03:04", "1d 02:03:04", "00:00:12.5". */
  static String clock(long millis) {
    String sign = millis < 0 ? "-" : "";
    long m = Math.abs(millis);
    long days = m / 86_400_000L;
    long hours = m / 3_600_000L % 24;
    long minutes = m / 60_000L % 60;
    long seconds = m / 1000 % 60;
    long fraction = m % 1000;
    StringBuilder out = new StringBuilder(sign);
    if (days > 0) {
      out.append(days).append("d ");
    }
    out.append(String.format(Locale.ROOT, "%02d:%02d:%02d", hours, minutes, seconds));
    if (fraction != 0) {
      // Strip trailing zeros: 500 ms reads ".5", 250 ms ".25".
      out.append(String.format(Locale.ROOT, ".%03d", fraction).replaceAll("0+$", ""));
    }
    return out.toString();
  }
}
