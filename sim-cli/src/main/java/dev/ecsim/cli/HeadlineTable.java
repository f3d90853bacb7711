package dev.ecsim.cli;

import dev.ecsim.metrics.PlacementFailureReason;
import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.summary.Applicability;
import dev.ecsim.reports.summary.FigureFormat;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.Replicated;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The short table of headline figures printed after a run, read from the replications' summaries. */
final class HeadlineTable {
  private HeadlineTable() {}

  private static final String NOT_APPLICABLE = FigureFormat.NOT_APPLICABLE;

  static String format(Replicated<Summary> runs) {
    Summary first = runs.first();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: seed %d, %s simulated, %d replication%s%n",
        first.scenario(), first.seed(), hours(first.horizonSeconds()), runs.count(), runs.count() == 1 ? "" : "s"));
    row(b, "total cost", usd(runs.estimate(s -> s.cost().totalUsd())));
    for (String provider : runs.keys(s -> s.cost().byCapacityProvider())) {
      figure(runs, SummaryFigure.cost("byCapacityProvider", Summary.Cost::byCapacityProvider, provider))
          .ifPresent(e -> row(b, "  " + provider, usd(e)));
    }
    // Instance figures where no instance ran (Fargate only) read n/a: the rule report.html and
    // compare share (Applicability).
    row(b, "CPU reservation (avg)", cluster(runs, "cpuReservationAvgPct", c -> c.cpuReservationAvgPct())
        .map(HeadlineTable::pct).orElse(NOT_APPLICABLE));
    row(b, "memory reservation (avg)", cluster(runs, "memoryReservationAvgPct", c -> c.memoryReservationAvgPct())
        .map(HeadlineTable::pct).orElse(NOT_APPLICABLE));
    row(b, "instances launched / peak", cluster(runs, "instancesLaunched", c -> c.instancesLaunched())
        .map(e -> count(runs.count(), e)).orElse(NOT_APPLICABLE) + " / "
        + cluster(runs, "instancesPeak", c -> c.instancesPeak()).map(e -> count(runs.count(), e)).orElse(NOT_APPLICABLE));
    row(b, "instance-hours", cluster(runs, "instanceHours", c -> c.instanceHours()).map(e -> num(e, ""))
        .orElse(NOT_APPLICABLE));
    row(b, "tasks launched / completed", count(runs, s -> s.tasks().launched()) + " / "
        + count(runs, s -> s.tasks().completed()));
    row(b, "placement failures", placementFailures(runs));
    for (String service : runs.keys(Summary::services)) {
      row(b, "service " + service, serviceFigure(runs, service, "runningAvg", Summary.ServiceFigures::runningAvg, "")
          + " running (avg), desired " + serviceCount(runs, service, "desiredMin", Summary.ServiceFigures::desiredMin)
          + "-" + serviceCount(runs, service, "desiredMax", Summary.ServiceFigures::desiredMax)
          + ", " + serviceCount(runs, service, "scaleOutEvents", Summary.ServiceFigures::scaleOutEvents) + " out / "
          + serviceCount(runs, service, "scaleInEvents", Summary.ServiceFigures::scaleInEvents) + " in");
      row(b, "", "CPU " + serviceFigure(runs, service, "cpuUtilizationAvgPct",
          Summary.ServiceFigures::cpuUtilizationAvgPct, " %") + ", unserved "
          + figure(runs, SummaryFigure.serviceRequests(service, "unservedRequestFraction",
              f -> f.unservedRequestFraction() * 100)).map(e -> num(e, " %")).orElse(NOT_APPLICABLE)
          + ", below desired " + serviceFigure(runs, service, "secondsBelowDesired",
              Summary.ServiceFigures::secondsBelowDesired, " s"));
    }
    for (String job : runs.keys(Summary::jobs)) {
      row(b, "job " + job, jobFigure(runs, SummaryFigure.job(job, "completed", Summary.JobFigures::completed),
          Optional.empty())
          + " of " + jobFigure(runs, SummaryFigure.job(job, "submitted", Summary.JobFigures::submitted),
              Optional.empty())
          + " done; wait mean " + jobFigure(runs,
              SummaryFigure.jobWait(job, "waitSecondsMean", Summary.JobFigures::waitSecondsMean), Optional.of(" s"))
          + ", p95 " + jobFigure(runs, SummaryFigure.jobWait(job, "waitSecondsP95", Summary.JobFigures::waitSecondsP95),
              Optional.of(" s")));
    }
    for (String provider : runs.keys(Summary::startLatency)) {
      row(b, "start latency " + provider, "p50 "
          + latency(runs, provider, "p50Seconds", Summary.StartLatency::p50Seconds)
          + ", p95 " + latency(runs, provider, "p95Seconds", Summary.StartLatency::p95Seconds));
    }
    return b.toString();
  }

  /** Failed placement attempts and, when there are any, the commonest reason: "4 (RESOURCE:ENI 4)". */
  private static String placementFailures(Replicated<Summary> runs) {
    Estimate total = runs.estimate(s -> s.placementFailures().total());
    String text = count(runs.count(), total);
    PlacementFailureReason commonest = null;
    Estimate most = null;
    for (PlacementFailureReason r : PlacementFailureReason.values()) {
      Optional<Estimate> e = figure(runs, SummaryFigure.placementFailures(r.key()));
      if (e.isPresent() && e.get().mean() > 0 && (most == null || e.get().mean() > most.mean())) {
        commonest = r;
        most = e.get();
      }
    }
    return commonest == null ? text : text + " (" + commonest.key() + " " + count(runs.count(), most) + ")";
  }

  /** The figure over the runs to which it applies ({@link Applicability}); empty where it applies to none. */
  private static Optional<Estimate> figure(Replicated<Summary> runs, SummaryFigure figure) {
    return runs.estimateWhereDefined(Applicability.limit(figure).read());
  }

  private static Optional<Estimate> cluster(Replicated<Summary> runs, String field,
      ToDoubleFunction<Summary.Cluster> read) {
    return figure(runs, SummaryFigure.cluster(field, read));
  }

  /** A job's count as is, or a figure with its unit; "n/a" for waits of a job that submitted nothing. */
  private static String jobFigure(Replicated<Summary> runs, SummaryFigure figure, Optional<String> unit) {
    Optional<Estimate> e = figure(runs, figure);
    if (e.isEmpty()) {
      return NOT_APPLICABLE;
    }
    return unit.isPresent() ? num(e.get(), unit.get()) : count(runs.count(), e.get());
  }

  /** A service's figure with its unit; "n/a" where it has none (CPU of a service without load). */
  private static String serviceFigure(Replicated<Summary> runs, String service, String field,
      ToDoubleFunction<Summary.ServiceFigures> read, String unit) {
    return figure(runs, SummaryFigure.service(service, field, read)).map(e -> num(e, unit)).orElse(NOT_APPLICABLE);
  }

  private static String serviceCount(Replicated<Summary> runs, String service, String field,
      ToDoubleFunction<Summary.ServiceFigures> read) {
    return figure(runs, SummaryFigure.service(service, field, read)).map(e -> count(runs.count(), e)).orElse("-");
  }

  private static String latency(Replicated<Summary> runs, String provider, String field,
      ToDoubleFunction<Summary.StartLatency> read) {
    return figure(runs, SummaryFigure.startLatency(provider, field, read)).map(e -> num(e, " s")).orElse("-");
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "  %-28s %s%n", label, value));
  }

  private static String usd(Estimate e) {
    String s = FigureFormat.usd(e.mean());
    return e.halfWidth().isPresent() ? s + " ± " + FigureFormat.usdHalfWidth(e.mean(), e.halfWidth().getAsDouble()) : s;
  }

  private static String pct(Estimate e) {
    return num(e, " %");
  }

  /** By the figures' one rule ({@link FigureFormat}): "45.3 %", "0.0082 %", "12.5 ± 0.4 s", "0 s". */
  private static String num(Estimate e, String unit) {
    return (e.halfWidth().isPresent() ? FigureFormat.number(e.mean(), e.halfWidth().getAsDouble())
        : FigureFormat.number(e.mean())) + unit;
  }

  private static String count(Replicated<Summary> runs, ToDoubleFunction<Summary> figure) {
    return count(runs.count(), runs.estimate(figure));
  }

  /** A count of one run as a whole number; over several, their mean as a figure ("12.5"). */
  private static String count(int replications, Estimate e) {
    return replications == 1 ? FigureFormat.count(Math.rint(e.mean())) : FigureFormat.count(e.mean());
  }

  private static String hours(double seconds) {
    return seconds >= 86_400 && seconds % 86_400 == 0 ? (long) (seconds / 86_400) + "d"
        : String.format(Locale.ROOT, "%.1fh", seconds / 3600);
  }
}
