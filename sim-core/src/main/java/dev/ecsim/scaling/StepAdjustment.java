package dev.ecsim.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One step of a step scaling policy: an interval of (metric − alarm threshold) and the adjustment
 * applied when the breach falls in it (docs/ecs-behaviour.md §6.3, AAS API: StepAdjustment). A
 * missing bound is infinite. Above the threshold the lower bound is inclusive and the upper
 * exclusive; below it the lower bound is exclusive and the upper inclusive.
 */
public record StepAdjustment(OptionalDouble lowerBound, OptionalDouble upperBound, int scalingAdjustment) {

  /** A problem with a list of steps; {@code step} is the index of the step at fault, when one is. */
  public record Problem(OptionalInt step, String message) {}

  /** True when the offset {@code d} = metric − threshold falls in this step. */
  public boolean contains(double d, boolean above) {
    double lo = lowerBound.orElse(Double.NEGATIVE_INFINITY);
    double hi = upperBound.orElse(Double.POSITIVE_INFINITY);
    return above ? lo <= d && d < hi : lo < d && d <= hi;
  }

  /** The step that holds offset {@code d}, if any (a breach outside every step does nothing). */
  public static Optional<StepAdjustment> find(List<StepAdjustment> steps, double d, boolean above) {
    return steps.stream().filter(s -> s.contains(d, above)).findFirst();
  }

  /**
   * The rules PutScalingPolicy enforces (AAS API: StepAdjustment): lower below upper, not both
   * bounds missing, at most one missing lower and one missing upper bound, no gap or overlap
   * between neighbouring steps, steps below the threshold reach down to −∞ and steps above it up
   * to +∞. ecsim adds one check its policies allow: a step entirely on the side of the threshold
   * where the alarm never breaches could never apply.
   */
  public static List<Problem> check(List<StepAdjustment> steps, ComparisonOperator alarm) {
    List<Problem> problems = new ArrayList<>();
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      StepAdjustment s = steps.get(i);
      OptionalInt at = OptionalInt.of(i);
      if (s.lowerBound.isEmpty() && s.upperBound.isEmpty()) {
        problems.add(new Problem(at, "a step needs metricIntervalLowerBound, metricIntervalUpperBound or both"));
        continue;
      }
      if (s.lowerBound.isPresent() && s.upperBound.isPresent()
          && s.lowerBound.getAsDouble() >= s.upperBound.getAsDouble()) {
        problems.add(new Problem(at, "metricIntervalLowerBound " + format(s.lowerBound.getAsDouble())
            + " must be below metricIntervalUpperBound " + format(s.upperBound.getAsDouble())));
        continue;
      }
      boolean above = alarm.breachesAbove();
      if (above && s.upperBound.isPresent() && s.upperBound.getAsDouble() <= 0) {
        problems.add(new Problem(at, "this step lies below the alarm threshold, but a " + alarm.awsName()
            + " alarm breaches only above it: the step could never apply"));
      } else if (!above && s.lowerBound.isPresent() && s.lowerBound.getAsDouble() >= 0) {
        problems.add(new Problem(at, "this step lies above the alarm threshold, but a " + alarm.awsName()
            + " alarm breaches only below it: the step could never apply"));
      }
      usable.add(i);
    }
    if (steps.stream().filter(s -> s.lowerBound.isEmpty()).count() > 1) {
      problems.add(new Problem(OptionalInt.empty(), "at most one step may leave out metricIntervalLowerBound"));
    }
    if (steps.stream().filter(s -> s.upperBound.isEmpty()).count() > 1) {
      problems.add(new Problem(OptionalInt.empty(), "at most one step may leave out metricIntervalUpperBound"));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    List<Integer> order = new ArrayList<>(usable);
    order.sort(Comparator.comparingDouble(i -> steps.get(i).lowerBound.orElse(Double.NEGATIVE_INFINITY)));
    for (int k = 1; k < order.size(); k++) {
      StepAdjustment prev = steps.get(order.get(k - 1));
      StepAdjustment next = steps.get(order.get(k));
      double prevUpper = prev.upperBound.orElse(Double.POSITIVE_INFINITY);
      double nextLower = next.lowerBound.orElse(Double.NEGATIVE_INFINITY);
      if (nextLower > prevUpper) {
        problems.add(new Problem(OptionalInt.of(order.get(k)), "gap between steps: nothing covers "
            + format(prevUpper) + " to " + format(nextLower) + " (steps must not leave gaps)"));
      } else if (nextLower < prevUpper) {
        problems.add(new Problem(OptionalInt.of(order.get(k)), "steps overlap from " + format(nextLower)
            + " to " + format(prevUpper) + " (steps must not overlap)"));
      }
    }
    StepAdjustment lowest = steps.get(order.get(0));
    StepAdjustment highest = steps.get(order.get(order.size() - 1));
    if (lowest.lowerBound.isPresent() && lowest.lowerBound.getAsDouble() < 0) {
      problems.add(new Problem(OptionalInt.of(order.get(0)), "steps below the threshold must reach down without"
          + " limit: leave out metricIntervalLowerBound on the lowest step"));
    }
    if (highest.upperBound.isPresent() && highest.upperBound.getAsDouble() > 0) {
      problems.add(new Problem(OptionalInt.of(order.get(order.size() - 1)), "steps above the threshold must reach"
          + " up without limit: leave out metricIntervalUpperBound on the highest step"));
    }
    return problems;
  }

  static String format(double v) {
    return Numbers.format(v);
  }
}
