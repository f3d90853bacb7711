package dev.ecsim.reports.compare;

import dev.ecsim.reports.compare.Comparison.Estimate;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The verdict rule, one for every verdict: columns are ranked by the means of the basis rows in
 * order (lower is better; a later row only breaks ties of the earlier ones), and whoever ranks
 * first wins; equal means on every row tie. A column that lacks a figure of the basis takes no
 * part. Another column is <em>not distinguishable at 95 %</em> from the winner when, on the first
 * row where their means differ, a paired t-test at 5 % on their per-seed differences does not
 * reject "no difference" (Commons Math's {@code TTest.pairedTTest}). Every column runs the same
 * seeds on the same workload draws (common random numbers), so replication r of two columns is a
 * matched pair, and the noise both share cancels in the difference: the paired test tells apart
 * scenarios whose separate intervals overlap. Where the runs are not known (or a run lacks the
 * figure), the rule falls back to the overlap of the two 95 % intervals, |a - b| <= ha + hb, which
 * is conservative.
 */
final class Ranking {
  private Ranking() {}

  static Optional<Verdict> lowest(List<Row> basis, int columns) {
    List<Integer> candidates = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      int column = c;
      if (basis.stream().allMatch(r -> r.values().get(column).isPresent())) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int best = candidates.get(0);
    for (int c : candidates) {
      if (compare(basis, c, best) < 0) {
        best = c;
      }
    }
    List<Integer> winners = new ArrayList<>();
    List<Integer> close = new ArrayList<>();
    for (int c : candidates) {
      if (compare(basis, c, best) == 0) {
        winners.add(c);
      } else if (overlapsWhereTheyDiffer(basis, c, best)) {
        close.add(c);
      }
    }
    return Optional.of(new Verdict(basis, winners, close));
  }

  private static int compare(List<Row> basis, int a, int b) {
    for (Row r : basis) {
      int order = Double.compare(mean(r, a), mean(r, b));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  private static boolean overlapsWhereTheyDiffer(List<Row> basis, int c, int best) {
    for (Row r : basis) {
      if (Double.compare(mean(r, c), mean(r, best)) != 0) {
        double[] a = r.runValues().get(c);
        double[] b = r.runValues().get(best);
        if (pairable(a, b)) {
          return !differAt95(a, b);
        }
        Estimate e = r.estimate(c).orElseThrow();
        return e.overlaps(r.estimate(best).orElseThrow());
      }
    }
    return false;
  }

  /** Two columns' runs can be paired: the same number, at least two, none missing. */
  static boolean pairable(double[] a, double[] b) {
    return a.length == b.length && a.length >= 2
        && Arrays.stream(a).noneMatch(Double::isNaN) && Arrays.stream(b).noneMatch(Double::isNaN);
  }

  /**
   * Whether a paired two-sided t-test at 5 % rejects "the mean difference is 0". When every
   * difference is the same the test has no variance to work with: then they differ unless that
   * difference is 0.
   */
  static boolean differAt95(double[] a, double[] b) {
    double first = a[0] - b[0];
    boolean constant = true;
    for (int i = 1; i < a.length; i++) {
      constant &= a[i] - b[i] == first;
    }
    if (constant) {
      return first != 0;
    }
    return new TTest().pairedTTest(a, b, 0.05);
  }

  private static double mean(Row r, int column) {
    return r.values().get(column).getAsDouble();
  }
}
