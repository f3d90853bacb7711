package dev.ecsim.reports.compare;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.Applicability;
import dev.ecsim.reports.summary.SummaryFigure;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The figures compare derives from several fields of one run's summary: derived per run and then
 * averaged like any other, which gives them true half-widths (the mean of a maximum is not the
 * maximum of the means).
 */
final class DerivedFigures {
  private DerivedFigures() {}

  /** Every job's tasks together: see {@link #meanJobWait}. */
  static SummaryFigure allJobsWaitMean() {
    return new SummaryFigure(Comparison.ALL_JOBS_WAIT_MEAN, DerivedFigures::meanJobWait);
  }

  /**
   * The highest share of requests unserved among those of {@code services} whose load offered
   * requests ({@link Applicability#requestsOffered}), in percent; empty when none had load.
   */
  static SummaryFigure worstUnservedPct(List<String> services) {
    return new SummaryFigure(Comparison.WORST_UNSERVED, s -> services.stream().map(s.services()::get)
        .filter(Applicability::requestsOffered).mapToDouble(f -> f.unservedRequestFraction() * 100).max());
  }

  /** The longest time below the desired count among {@code services}. */
  static SummaryFigure worstBelowDesired(List<String> services) {
    return new SummaryFigure(Comparison.WORST_BELOW_DESIRED,
        s -> max(services, name -> s.services().get(name).secondsBelowDesired()));
  }

  /** The highest p95 wait among {@code jobs}. */
  static SummaryFigure worstJobWaitP95(List<String> jobs) {
    return new SummaryFigure(Comparison.WORST_JOB_WAIT_P95, s -> max(jobs, name -> s.jobs().get(name).waitSecondsP95()));
  }

  /**
   * The mean wait over every task of every job: the jobs' means weighted by the tasks each
   * submitted (a task still waiting at the end of the run counts with its wait so far). Empty when
   * no job submitted a task.
   */
  static OptionalDouble meanJobWait(Summary s) {
    double weighted = 0;
    long tasks = 0;
    for (Summary.JobFigures j : s.jobs().values()) {
      weighted += j.waitSecondsMean() * j.submitted();
      tasks += j.submitted();
    }
    return tasks == 0 ? OptionalDouble.empty() : OptionalDouble.of(weighted / tasks);
  }

  /** The maximum over names this run has; names are the shared ones, so every run has them. */
  private static OptionalDouble max(List<String> names, ToDoubleFunction<String> figure) {
    return names.stream().mapToDouble(figure).max();
  }
}
