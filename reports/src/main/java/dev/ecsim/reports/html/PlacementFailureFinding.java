package dev.ecsim.reports.html;

import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.PlacementFailureReason;
import dev.ecsim.reports.summary.SummaryFigure;
import java.util.Optional;

/**
 * The reason most placement attempts failed, in words: when EC2 capacity sits idle because of a
 * limit (an instance's ENIs, a constraint), the failures are the only sign, so the report says it
 * above the figures. Read from the summaries' typed counts (means over replications), never from
 * event messages.
 */
final class PlacementFailureFinding {
  static final SummaryFigure TOTAL = SummaryFigure.of("placementFailures.total", s -> s.placementFailures().total());

  private PlacementFailureFinding() {}

  /** The sentence, or empty when no attempt failed. */
  static Optional<String> of(SummaryFigures f) {
    double total = f.estimate(TOTAL).map(Estimate::mean).orElse(0.0);
    if (total <= 0) {
      return Optional.empty();
    }
    PlacementFailureReason dominant = null;
    double most = 0;
    // In ECS's order of checks, so that a tie names the reason checked first.
    for (PlacementFailureReason r : PlacementFailureReason.values()) {
      double n = mean(f, r);
      if (n > most) {
        most = n;
        dominant = r;
      }
    }
    if (dominant == null) {
      return Optional.empty();
    }
    String counts = Quantity.COUNT.format(most) + " of " + Quantity.COUNT.format(total);
    if (most >= total) {
      return Optional.of("All placement failures (" + Quantity.COUNT.format(total) + ") were " + dominant.words() + ".");
    }
    String sentence = most * 2 > total
        ? "Most placement failures (" + counts + ") were " + dominant.words() + "."
        : "The commonest placement failure (" + counts + ") was " + dominant.words() + ".";
    return Optional.of(sentence);
  }

  static double mean(SummaryFigures f, PlacementFailureReason reason) {
    return f.estimate(SummaryFigure.placementFailures(reason.key())).map(Estimate::mean).orElse(0.0);
  }
}
