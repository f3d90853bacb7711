package dev.ecsim.reports.compare;

import dev.ecsim.metrics.Summary;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import dev.ecsim.reports.summary.Applicability;
import dev.ecsim.reports.summary.SummaryFigure;
import dev.ecsim.metrics.Estimate;
import dev.ecsim.metrics.Replicated;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of the comparison, each read from every column's replications through a typed {@link
 * SummaryFigure}: the mean over the runs that define it, its half-width, and each run's value for
 * the paired comparison. A figure no run of a column defines, or that is not a finite number, is an
 * empty cell.
 */
final class ComparisonRows {
  private ComparisonRows() {}

  static final String RUNNING_AVG = "runningAvg";
  static final String UNSERVED_PCT = "unservedRequestPct";
  static final String BELOW_DESIRED = "secondsBelowDesired";
  static final String WAIT_P95 = "waitSecondsP95";

  static String service(String name, String figure) {
    return "services." + name + "." + figure;
  }

  static String job(String name, String figure) {
    return "jobs." + name + "." + figure;
  }

  static List<Row> rows(List<Replicated<Summary>> columns) {
    List<Row> rows = new ArrayList<>();
    rows.add(row(RowSubject.CLUSTER, "", "total cost", Unit.USD, columns,
        SummaryFigure.of(Comparison.TOTAL_COST, s -> s.cost().totalUsd())));
    for (String provider : union(columns, s -> s.cost().byCapacityProvider())) {
      rows.add(row(new RowSubject.Provider(provider), "cost by capacity provider", provider, Unit.USD, columns,
          SummaryFigure.cost("byCapacityProvider", Summary.Cost::byCapacityProvider, provider)));
    }
    for (String option : union(columns, s -> s.cost().byPurchaseOption())) {
      rows.add(row(RowSubject.CLUSTER, "cost by purchase option", option, Unit.USD, columns,
          SummaryFigure.cost("byPurchaseOption", Summary.Cost::byPurchaseOption, option)));
    }
    rows.add(row(RowSubject.CLUSTER, "", "idle cost (unreserved EC2)", Unit.USD, columns,
        SummaryFigure.cost("byService", Summary.Cost::byService, "idle")));
    rows.add(row(RowSubject.CLUSTER, "", "CPU reservation (avg)", Unit.PERCENT, columns,
        SummaryFigure.cluster("cpuReservationAvgPct", Summary.Cluster::cpuReservationAvgPct)));
    rows.add(row(RowSubject.CLUSTER, "", "memory reservation (avg)", Unit.PERCENT, columns,
        SummaryFigure.cluster("memoryReservationAvgPct", Summary.Cluster::memoryReservationAvgPct)));
    rows.add(row(RowSubject.CLUSTER, "", "instances launched", Unit.COUNT, columns,
        SummaryFigure.cluster("instancesLaunched", Summary.Cluster::instancesLaunched)));
    rows.add(row(RowSubject.CLUSTER, "", "instances peak", Unit.COUNT, columns,
        SummaryFigure.cluster("instancesPeak", Summary.Cluster::instancesPeak)));
    rows.add(row(RowSubject.CLUSTER, "", "instance-hours", Unit.HOURS, columns,
        SummaryFigure.cluster("instanceHours", Summary.Cluster::instanceHours)));
    List<String> services = union(columns, Summary::services);
    for (String s : services) {
      String group = "service " + s;
      RowSubject subject = new RowSubject.Service(s);
      rows.add(row(subject, group, "running (avg)", Unit.COUNT, columns,
          SummaryFigure.service(s, RUNNING_AVG, Summary.ServiceFigures::runningAvg)));
      rows.add(row(subject, group, "CPU utilization (avg)", Unit.PERCENT, columns,
          SummaryFigure.service(s, "cpuUtilizationAvgPct", Summary.ServiceFigures::cpuUtilizationAvgPct)));
      rows.add(row(subject, group, "requests unserved", Unit.PERCENT, columns,
          SummaryFigure.serviceRequests(s, UNSERVED_PCT, f -> f.unservedRequestFraction() * 100)));
      rows.add(row(subject, group, "time below desired", Unit.SECONDS, columns,
          SummaryFigure.service(s, BELOW_DESIRED, Summary.ServiceFigures::secondsBelowDesired)));
    }
    List<String> jobs = union(columns, Summary::jobs);
    for (String j : jobs) {
      rows.add(row(new RowSubject.Job(j), "job " + j, "wait mean", Unit.SECONDS, columns,
          SummaryFigure.jobWait(j, "waitSecondsMean", Summary.JobFigures::waitSecondsMean)));
      rows.add(row(new RowSubject.Job(j), "job " + j, "wait p95", Unit.SECONDS, columns,
          SummaryFigure.jobWait(j, WAIT_P95, Summary.JobFigures::waitSecondsP95)));
    }
    if (jobs.size() > 1) {
      rows.add(row(RowSubject.CLUSTER, "all jobs", "wait mean", Unit.SECONDS, columns,
          DerivedFigures.allJobsWaitMean()));
    }
    for (String provider : union(columns, Summary::startLatency)) {
      String group = "start latency " + provider;
      RowSubject subject = new RowSubject.Provider(provider);
      rows.add(row(subject, group, "p50", Unit.SECONDS, columns,
          SummaryFigure.startLatency(provider, "p50Seconds", Summary.StartLatency::p50Seconds)));
      rows.add(row(subject, group, "p95", Unit.SECONDS, columns,
          SummaryFigure.startLatency(provider, "p95Seconds", Summary.StartLatency::p95Seconds)));
    }
    // The SLO verdicts' figures with several shared services or jobs, last, so that the rows
    // compare.csv had before them keep their places.
    List<String> sharedServices = shared(columns, Summary::services);
    if (sharedServices.size() > 1) {
      String group = "worst shared service";
      RowSubject subject = RowSubject.CLUSTER;
      rows.add(row(subject, group, "requests unserved", Unit.PERCENT, columns,
          DerivedFigures.worstUnservedPct(sharedServices)));
      rows.add(row(subject, group, "time below desired", Unit.SECONDS, columns,
          DerivedFigures.worstBelowDesired(sharedServices)));
    }
    List<String> sharedJobs = shared(columns, Summary::jobs);
    if (sharedJobs.size() > 1) {
      rows.add(row(RowSubject.CLUSTER, "worst shared job", "wait p95", Unit.SECONDS, columns,
          DerivedFigures.worstJobWaitP95(sharedJobs)));
    }
    return rows;
  }

  /**
   * The row of a figure, empty in the runs to which it does not apply ({@link Applicability}: no
   * instance ran, a job submitted nothing), as in report.html and {@code ecsim run}.
   */
  private static Row row(RowSubject subject, String group, String label, Unit unit, List<Replicated<Summary>> columns,
      SummaryFigure unlimited) {
    SummaryFigure figure = Applicability.limit(unlimited);
    List<OptionalDouble> values = new ArrayList<>();
    List<OptionalDouble> halfWidths = new ArrayList<>();
    List<double[]> runValues = new ArrayList<>();
    for (Replicated<Summary> column : columns) {
      Optional<Estimate> estimate = column.estimateWhereDefined(figure.read());
      values.add(estimate.map(e -> OptionalDouble.of(e.mean())).orElse(OptionalDouble.empty()));
      halfWidths.add(estimate.map(Estimate::halfWidth).orElse(OptionalDouble.empty()));
      // NaN where a run lacks the figure: such a column is not paired with another (see Ranking).
      runValues.add(column.perRun(figure.read()));
    }
    return new Row(figure.path(), subject, group, label, unit, values, halfWidths, runValues);
  }

  /** The names of a map of the summaries over every column, in the order they first appear. */
  private static List<String> union(List<Replicated<Summary>> columns, Function<Summary, Map<String, ?>> map) {
    Set<String> out = new LinkedHashSet<>();
    columns.forEach(column -> out.addAll(column.keys(map)));
    return List.copyOf(out);
  }

  /** The names every run of every column has, in the order they first appear. */
  static List<String> shared(List<Replicated<Summary>> columns, Function<Summary, Map<String, ?>> map) {
    List<String> names = new ArrayList<>(union(columns, map));
    names.removeIf(n -> columns.stream().anyMatch(c -> c.runs().stream().anyMatch(s -> !map.apply(s).containsKey(n))));
    return List.copyOf(names);
  }
}
