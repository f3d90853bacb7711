package dev.ecsim.reports.compare;

import dev.ecsim.reports.compare.Comparison.Estimate;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The verdict rule, one for every verdict: columns are ranked by the means of the basis rows in
 * order (lower is better; a later row only breaks ties of the earlier ones), and whoever ranks
 * first wins; equal means on every row tie. A column that lacks a figure of the basis takes no
 * part. Another column is <em>not distinguishable at 95 %</em> from the winner when, on the first
 * row where their means differ, their 95 % confidence intervals overlap (|a - b| <= ha + hb).
 * Overlapping intervals are a conservative test, simple to check by eye on the table: two
 * scenarios whose intervals do not overlap differ at 95 % or better; two whose intervals overlap
 * may still differ, and more replications will tell.
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
        Estimate a = r.estimate(c).orElseThrow();
        return a.overlaps(r.estimate(best).orElseThrow());
      }
    }
    return false;
  }

  private static double mean(Row r, int column) {
    return r.values().get(column).getAsDouble();
  }
}
