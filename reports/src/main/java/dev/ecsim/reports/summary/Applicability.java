package dev.ecsim.reports.summary;

import dev.ecsim.metrics.Summary;
import java.util.OptionalDouble;

/**
 * Which figures of a run apply to it, decided from the summary's own facts, the one rule that
 * {@code ecsim run}'s table, report.html and {@code ecsim compare} share: a figure that does not
 * apply reads "n/a" (or compare's "-"), never a 0 that looks measured. summary.json is not changed:
 * it keeps every field, as the contract says. Each {@link SummaryFigure} carries the rule that
 * applies to it, stated once by the factory that builds it:
 *
 * <ul>
 *   <li>The cluster figures (CPU and memory reservation and utilization, instances launched and at
 *       peak, instance-hours; {@link SummaryFigure#cluster}) are about registered container
 *       instances: a run in which none registered (Fargate only, or EC2 capacity that never scaled
 *       out) has none. A reservation is a share of registered instances' capacity (Amazon ECS
 *       CloudWatch metrics, CPUReservation), undefined without them. Costs always apply: an idle EC2
 *       cost of $0 is a real part of the bill, and cost.byService adds up to the total.
 *   <li>A job's waits apply once it submitted a task, its mean turnaround once a task completed.
 *   <li>A service's unserved requests apply where its load offered requests ({@link
 *       SummaryFigure#serviceRequests}): a service without a load model offers none, and a share of
 *       no requests is undefined, not a 0 that looks like a load fully served.
 *  * </ul>
 */
public final class Applicability {
  private Applicability() {}

  /** An instance registered with the cluster at some point of the run. */
  public static boolean instancesRan(Summary s) {
    return s.cluster().instancesPeak() > 0;
  }

  /** A job's waits: once it submitted a task. */
  public static boolean waitsApply(Summary.JobFigures job) {
    return job.submitted() > 0;
  }

  /** A job's turnaround: once one of its tasks completed. */
  public static boolean turnaroundApplies(Summary.JobFigures job) {
    return job.completed() > 0;
  }

  /** A service's share of requests unserved: once its load offered a request. */
  public static boolean requestsOffered(Summary.ServiceFigures service) {
    return service.offeredRequests() > 0;
  }

  /** The figure, undefined in every run to which it does not apply (see the class comment). */
  public static SummaryFigure limit(SummaryFigure figure) {
    return new SummaryFigure(figure.path(),
        s -> figure.applies().test(s) ? figure.read().apply(s) : OptionalDouble.empty(), figure.applies());
  }
}
