package dev.ecsim.reports.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacked areas as running sums: layer i is drawn at the sum of layers 0..i, largest first, so each
 * visible band is one layer's share and the top edge is the total. Computing the sums here, rather
 * than with JFreeChart's stacked renderer, keeps the arithmetic testable and lets each band be one
 * filled polygon (the stacked renderer emits two polygons per data point, megabytes of SVG on a
 * week).
 */
public final class Stacking {
  private Stacking() {}

  /**
   * Running sums of equally long layers. A NaN sample counts as zero: a provider that reported no
   * cost at one sample contributes nothing there, and the layers above must not vanish with it.
   */
  public static List<double[]> cumulative(List<double[]> layers) {
    List<double[]> sums = new ArrayList<>(layers.size());
    double[] running = null;
    for (double[] layer : layers) {
      if (running != null && layer.length != running.length) {
        throw new IllegalArgumentException(
            "layers differ in length: " + running.length + " and " + layer.length);
      }
      double[] next = new double[layer.length];
      for (int i = 0; i < layer.length; i++) {
        double below = running == null ? 0 : running[i];
        next[i] = below + (Double.isNaN(layer[i]) ? 0 : layer[i]);
      }
      sums.add(next);
      running = next;
    }
    return sums;
  }
}
