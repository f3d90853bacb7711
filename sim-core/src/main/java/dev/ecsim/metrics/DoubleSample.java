package dev.ecsim.metrics;

import java.util.Arrays;

/** A growable array of doubles: a sample kept unboxed, 8 bytes a value. */
final class DoubleSample {
  private double[] values = new double[16];
  private int size;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** The values in ascending order, in an array of their own. */
  double[] sorted() {
    double[] out = Arrays.copyOf(values, size);
    Arrays.sort(out);
    return out;
  }
}
