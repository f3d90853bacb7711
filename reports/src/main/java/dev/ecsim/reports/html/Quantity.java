package dev.ecsim.reports.html;

import dev.ecsim.reports.summary.FigureFormat;

/**
 * What kind of figure a summary field holds, and so how the report prints it, alone or as "value ±
 * half-width" when replications give a 95% confidence interval. The half-width is printed in the
 * value's unit and decimals ({@link FigureFormat}), so "3.5 min ± 0.2 min" rather than mixing
 * minutes and seconds.
 */
enum Quantity {
  USD {
    @Override
    String format(double value) {
      return HumanFormat.usd(value);
    }

    @Override
    String format(double value, double halfWidth) {
      return format(value) + " ± $" + FigureFormat.usdHalfWidth(value, halfWidth);
    }
  },
  /** A figure already in percent (reservation, utilization). */
  PERCENT {
    @Override
    String format(double value) {
      return HumanFormat.percent(value);
    }

    @Override
    String format(double value, double halfWidth) {
      return percentWithHalfWidth(value, halfWidth);
    }
  },
  /** A fraction 0..1 shown as percent (unserved requests). */
  FRACTION {
    @Override
    String format(double value) {
      return HumanFormat.percent(value * 100);
    }

    @Override
    String format(double value, double halfWidth) {
      return percentWithHalfWidth(value * 100, halfWidth * 100);
    }
  },
  COUNT {
    @Override
    String format(double value) {
      return HumanFormat.count(value);
    }
  },
  DECIMAL {
    @Override
    String format(double value) {
      return HumanFormat.decimal(value);
    }
  },
  SECONDS {
    @Override
    String format(double value) {
      return HumanFormat.duration(value);
    }

    @Override
    String format(double value, double halfWidth) {
      HumanFormat.DurationUnit unit = HumanFormat.DurationUnit.forSeconds(value);
      FigureFormat.Interval both = unit.interval(value, halfWidth);
      return both.value() + " " + unit.symbol + " ± " + both.halfWidth() + " " + unit.symbol;
    }
  };

  abstract String format(double value);

  /** "12.5 ± 0.5": the half-width in the value's decimals. */
  String format(double value, double halfWidth) {
    return FigureFormat.number(value, halfWidth);
  }

  private static String percentWithHalfWidth(double value, double halfWidth) {
    FigureFormat.Interval both = FigureFormat.interval(value, halfWidth);
    return both.value() + "% ± " + both.halfWidth() + "%";
  }
}
