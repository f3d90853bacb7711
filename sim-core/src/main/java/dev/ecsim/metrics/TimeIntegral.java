package dev.ecsim.metrics;

/**
 * A piecewise-constant quantity and its integral over time, so period averages are exact however
 * often the value changes, at O(1) per change.
 */
public final class TimeIntegral {
  private long lastChange;
  private double value;
  private double integral;

  public void add(long now, double delta) {
    set(now, value + delta);
  }

  public void set(long now, double newValue) {
    advance(now);
    value = newValue;
  }

  public double value() {
    return value;
  }

  /** The integral of the value from time 0 to {@code now}, in value x milliseconds. */
  public double integralUntil(long now) {
    advance(now);
    return integral;
  }

  private void advance(long now) {
    if (now < lastChange) {
      throw new IllegalArgumentException("time went back from " + lastChange + " to " + now);
    }
    integral += value * (now - lastChange);
    lastChange = now;
  }
}
