package dev.ecsim.reports.chart;

/**
 * A series ready to plot: times in milliseconds since the start, ascending, one value each.
 * Bucketed points have strictly ascending times; step-shaped ones repeat each time once.
 */
public record Points(long[] timesMillis, double[] values) {

  public Points {
    if (timesMillis.length != values.length) {
      throw new IllegalArgumentException(
          timesMillis.length + " times but " + values.length + " values");
    }
  }

  public int size() {
    return timesMillis.length;
  }
}
