package dev.ecsim.reports.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A horizontal base-10 log axis ticked at 1, 2 and 5 times powers of ten, labelled in Locale.ROOT.
 * JFreeChart's LogAxis ticks at evenly spaced logarithms, which on a 5 s to 1 h axis puts labels
 * at 31.623 and 316.228; "within 20 s" is what a reader looks for.
 */
final class OneTwoFiveLogAxis extends LogAxis {
  private static final long serialVersionUID = 1L;

  /** Past this many decades 2s and 5s would crowd the labels; ticks fall back to powers of ten. */
  static final int MAX_DECADES_WITH_TWOS_AND_FIVES = 4;

  private static final DecimalFormatSymbols ROOT = DecimalFormatSymbols.getInstance(Locale.ROOT);

  OneTwoFiveLogAxis(String label) {
    super(label);
    setBase(10);
    setMinorTickMarksVisible(false);
  }

  /** 1, 2, 5 x 10^k between {@code lower} and {@code upper} (both above 0), ascending. */
  static double[] tickValues(double lower, double upper) {
    if (!(lower > 0 && upper >= lower)) {
      throw new IllegalArgumentException("need 0 < lower <= upper, got " + lower + ", " + upper);
    }
    int first = (int) Math.floor(Math.log10(lower));
    int last = (int) Math.floor(Math.log10(upper));
    int[] multiples =
        last - first > MAX_DECADES_WITH_TWOS_AND_FIVES ? new int[] {1} : new int[] {1, 2, 5};
    List<Double> ticks = new ArrayList<>();
    for (int power = first; power <= last; power++) {
      for (int m : multiples) {
        // Divide for negative powers: 2 / 10 is exactly 0.2 as a double, 2 * 0.1 is not.
        double value = power >= 0 ? m * Math.pow(10, power) : m / Math.pow(10, -power);
        if (value >= lower && value <= upper) {
          ticks.add(value);
        }
      }
    }
    return ticks.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Override
  @SuppressWarnings("rawtypes")
  protected List refreshTicksHorizontal(
      Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    DecimalFormat format = new DecimalFormat("#,##0.###", ROOT);
    TextAnchor anchor =
        edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
    List<NumberTick> ticks = new ArrayList<>();
    for (double value : tickValues(getLowerBound(), getUpperBound())) {
      String label = format.format(value);
      ticks.add(new NumberTick(TickType.MAJOR, value, label, anchor, TextAnchor.CENTER, 0));
    }
    return ticks;
  }
}
