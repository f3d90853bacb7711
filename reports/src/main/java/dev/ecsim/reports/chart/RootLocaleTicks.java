package dev.ecsim.reports.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * JFreeChart's tick sizes (1, 2, 5 x 10^n) with labels in Locale.ROOT: its own labels follow the
 * JVM's default locale, so the same run would chart "0,5" on one machine and "0.5" on another. An
 * optional prefix puts the unit on every label ("$0.50").
 */
final class RootLocaleTicks implements TickUnitSource {
  private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private final NumberTickUnitSource sizes;
  private final String prefix;

  private RootLocaleTicks(boolean integers, String prefix) {
    this.sizes = new NumberTickUnitSource(integers);
    this.prefix = prefix;
  }

  static RootLocaleTicks decimals(String prefix) {
    return new RootLocaleTicks(false, prefix);
  }

  static RootLocaleTicks integers() {
    return new RootLocaleTicks(true, "");
  }

  @Override
  public TickUnit getLargerTickUnit(TickUnit unit) {
    // The source recognises only its own units (equality includes the label format), so hand it
    // back its unit of the same size rather than our relabelled one.
    return relabel(sizes.getLargerTickUnit(sizes.getCeilingTickUnit(unit.getSize())));
  }

  @Override
  public TickUnit getCeilingTickUnit(TickUnit unit) {
    return relabel(sizes.getCeilingTickUnit(unit.getSize()));
  }

  @Override
  public TickUnit getCeilingTickUnit(double size) {
    return relabel(sizes.getCeilingTickUnit(size));
  }

  /** Keeps JFreeChart's size and labels it with just enough decimals, in Locale.ROOT. */
  private TickUnit relabel(TickUnit unit) {
    int decimals = decimalsFor(unit.getSize());
    DecimalFormat root =
        new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), ROOT);
    root.setPositivePrefix(prefix);
    root.setNegativePrefix("-" + prefix);
    return new NumberTickUnit(unit.getSize(), root, unit.getMinorTickCount());
  }

  /** Tick sizes are 1, 2 or 5 x 10^p; labels need -p decimals when p is negative (0.05 -> 2). */
  static int decimalsFor(double size) {
    // The epsilon keeps 0.1, whose log10 can come out a hair below -1, at one decimal.
    int power = (int) Math.floor(Math.log10(size) + 1e-9);
    return Math.max(0, -power);
  }
}
