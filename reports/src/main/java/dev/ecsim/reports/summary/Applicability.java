package dev.ecsim.reports.summary;

import dev.ecsim.metrics.Summary;
import java.util.OptionalDouble;

/**
 * Which figures of a run apply to it, decided from the summary's own facts, the one rule that
 * {@code ecsim run}'s table, report.html and {@code ecsim compare} share: a figure that does not
 * apply reads "n/a" (or compare's "-"), never a 0 that looks measured. summary.json is not changed:
 * it keeps every field, as the contract says.
 *
 * <ul>
 *   <li>The cluster figures (CPU and memory reservation and utilization, instances launched and at
 *       peak, instance-hours) are about registered container instances: a run in which none
 *       registered (Fargate only, or EC2 capacity that never scaled out) has none. A reservation is
 *       a share of registered instances' capacity (Amazon ECS CloudWatch metrics, CPUReservation),
 *       undefined without them. Costs always apply: an idle EC2 cost of $0 is a real part of the
 *       bill, and cost.byService adds up to the total.
 *   <li>A job's waits apply once it submitted a task, its mean turnaround once a task completed.
 * </ul>
 *
 * A service without a load model reports 0 unserved requests, which summary.json cannot tell from
 * a load fully served, so that figure is always shown.
 */
public final class Applicability {
  private Applicability() {}

  /** An instance registered with the cluster at some point of the run. */
  public static boolean instancesRan(Summary s) {
    return s.cluster().instancesPeak() > 0;
  }

  /** The figure, undefined in every run to which it does not apply (see the class comment). */
  public static SummaryFigure limit(SummaryFigure figure) {
    return new SummaryFigure(figure.path(), s -> applies(figure.path(), s) ? figure.read().apply(s)
        : OptionalDouble.empty());
  }

  /** Whether the figure at {@code path} (its summary.json path) applies to the run {@code s}. */
  public static boolean applies(String path, Summary s) {
    if (path.startsWith("cluster.")) {
      return instancesRan(s);
    }
    if (path.startsWith("jobs.")) {
      int field = path.lastIndexOf('.');
      Summary.JobFigures job = s.jobs().get(path.substring("jobs.".length(), field));
      if (job == null) {
        return true;
      }
      String name = path.substring(field + 1);
      if (name.startsWith("waitSeconds")) {
        return job.submitted() > 0;
      }
      if (name.startsWith("turnaroundSeconds")) {
        return job.completed() > 0;
      }
    }
    return true;
  }
}
