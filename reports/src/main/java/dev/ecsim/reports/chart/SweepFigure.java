package dev.ecsim.reports.chart;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.reports.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;

/**
 * A summary figure a sweep charts against each parameter: the figure, what the chart calls it, and
 * the stem of its file names ({@code STEM-by-PATH}).
 */
public record SweepFigure(SummaryFigure figure, String title, String axisLabel, String fileStem) {

  public static final SweepFigure TOTAL_COST = new SweepFigure(
      SummaryFigure.of("cost.totalUsd", s -> s.cost().totalUsd()), "Total cost", "total cost (USD)", "cost");

  /**
   * What a sweep is usually run to trade against cost: the total cost, then each service's share of
   * requests left unserved and each job's p95 wait, for the services and jobs of the first point.
   */
  public static List<SweepFigure> charted(Sweep sweep) {
    List<SweepFigure> figures = new ArrayList<>(List.of(TOTAL_COST));
    if (sweep.points().isEmpty()) {
      return figures;
    }
    var first = sweep.points().get(0).summaries();
    for (String service : first.keys(Summary::services)) {
      figures.add(new SweepFigure(SummaryFigure.serviceRequests(service, "unservedRequestFraction",
          Summary.ServiceFigures::unservedRequestFraction), "Unserved requests of " + service,
          "unserved requests (fraction)", "service-" + service + "-unserved"));
    }
    for (String job : first.keys(Summary::jobs)) {
      figures.add(new SweepFigure(SummaryFigure.jobWait(job, "waitSecondsP95", Summary.JobFigures::waitSecondsP95),
          "p95 wait of " + job, "p95 wait (s)", "job-" + job + "-wait-p95"));
    }
    return figures;
  }
}
