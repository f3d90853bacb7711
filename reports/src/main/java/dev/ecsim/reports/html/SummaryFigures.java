package dev.ecsim.reports.html;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.Replicated;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The figures of a report, read from the replications' summaries through their record components:
 * each figure the mean over the replications that define it, with "± half-width" when there are
 * several. A figure no replication defines is absent, and its row is left out.
 */
final class SummaryFigures {
  private final Replicated<Summary> runs;

  SummaryFigures(Replicated<Summary> runs) {
    this.runs = runs;
  }

  Replicated<Summary> runs() {
    return runs;
  }

  /** The figure formatted for people, with "± half-width" when replications give one. */
  Optional<String> format(Quantity quantity, SummaryFigure figure) {
    return estimate(figure).map(e -> e.halfWidth().isPresent()
        ? quantity.format(e.mean(), e.halfWidth().getAsDouble()) : quantity.format(e.mean()));
  }

  Optional<Estimate> estimate(SummaryFigure figure) {
    return runs.estimateWhereDefined(figure.read());
  }

  /** The names of a map of the summaries (services, jobs, providers), in the order they first appear. */
  List<String> names(Function<Summary, ? extends Map<String, ?>> map) {
    return runs.keys(map);
  }
}
