package dev.ecsim.cost;

import java.util.List;
import java.util.Objects;

/**
 * An instance type's price over a run as a step function: each step's price is in force from its
 * time until the next step's (EC2 moves the spot price slowly and charges the price in force,
 * docs/ecs-behaviour.md §4.3; the steps are an ecsim choice, docs/modelling.md "Prices"). The first
 * step is at time 0, times strictly increase and every price is above 0, so every integral is
 * non-negative. A constant price is one step.
 */
public record PriceSchedule(List<Step> steps) {
  private static final double MILLIS_PER_HOUR = 3_600_000.0;

  /** From {@code fromMillis} (since the run's start) the price is {@code usdPerHour}. */
  public record Step(long fromMillis, double usdPerHour) {}

  public PriceSchedule {
    steps = List.copyOf(steps);
    if (steps.isEmpty() || steps.get(0).fromMillis() != 0) {
      throw new IllegalArgumentException("a price schedule starts with a step at time 0, found " + steps);
    }
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (!(s.usdPerHour() > 0) || Double.isInfinite(s.usdPerHour())) {
        throw new IllegalArgumentException("price " + s.usdPerHour() + " at " + s.fromMillis()
            + " ms must be a finite price above 0");
      }
      if (i > 0 && s.fromMillis() <= steps.get(i - 1).fromMillis()) {
        throw new IllegalArgumentException("step times must increase, found " + steps.get(i - 1).fromMillis()
            + " ms then " + s.fromMillis() + " ms");
      }
    }
  }

  /** The same price all run long: every on-demand instance, and spot from the catalog ratio. */
  public static PriceSchedule constant(double usdPerHour) {
    return new PriceSchedule(List.of(new Step(0, usdPerHour)));
  }

  public boolean isConstant() {
    return steps.size() == 1;
  }

  /** USD per hour in force at {@code millis}; before time 0 the first price (nothing is billed there). */
  public double usdPerHourAt(long millis) {
    return steps.get(stepAt(millis)).usdPerHour();
  }

  /** USD for one instance over [{@code fromMillis}, {@code toMillis}): the integral of the steps. */
  public double usd(long fromMillis, long toMillis) {
    if (toMillis < fromMillis) {
      throw new IllegalArgumentException("interval ends at " + toMillis + " ms before it starts at " + fromMillis);
    }
    double usd = 0;
    long at = fromMillis;
    for (int i = stepAt(fromMillis); at < toMillis; i++) {
      long end = i + 1 < steps.size() ? Math.min(toMillis, steps.get(i + 1).fromMillis()) : toMillis;
      usd += (end - at) * steps.get(i).usdPerHour() / MILLIS_PER_HOUR;
      at = end;
    }
    return usd;
  }

  /** The index of the step in force at {@code millis}: the last one starting at or before it. */
  private int stepAt(long millis) {
    int lo = 0;
    int hi = steps.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (steps.get(mid).fromMillis() <= millis) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return isConstant() ? "$" + steps.get(0).usdPerHour() + "/h" : Objects.toString(steps);
  }
}
