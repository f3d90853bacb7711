package dev.ecsim.reports.html;

/**
 * What kind of figure a summary field holds, and so how the report prints it, alone or as "value ±
 * half-width" when replications give a 95% confidence interval. The half-width is printed in the
 * value's unit, so "3.5 min ± 0.2 min" rather than mixing minutes and seconds.
 */
enum Quantity {
  USD {
    @Override
    String format(double value) {
      return HumanFormat.usd(value);
    }
  },
  /** A figure already in percent (reservation, utilization). */
  PERCENT {
    @Override
    String format(double value) {
      return HumanFormat.percent(value);
    }
  },
  /** A fraction 0..1 shown as percent (unserved requests). */
  FRACTION {
    @Override
    String format(double value) {
      return HumanFormat.percent(value * 100);
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
      return unit.format(value) + " ± " + unit.format(halfWidth);
    }
  };

  abstract String format(double value);

  String format(double value, double halfWidth) {
    return format(value) + " ± " + format(halfWidth);
  }
}
