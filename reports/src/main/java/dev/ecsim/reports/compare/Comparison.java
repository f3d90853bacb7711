package dev.ecsim.reports.compare;

import dev.ecsim.metrics.Summary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * The figures of several runs side by side, one column per scenario and one row per figure, as
 * {@code ecsim compare} prints them and writes them to compare.csv. Built from the summaries
 * alone, by pure functions: the same summaries always give the same table.
 *
 * <p>Rows whose figure is keyed by a name (capacity providers, purchase options, jobs) list the
 * union of the names over all columns, in the order they first appear; a column without that name
 * has no value there (an empty cell), which is not the same as zero.
 */
public record Comparison(List<String> columns, List<Row> rows) {

  /** What a row's figures measure; the text table picks its format from it. */
  public enum Unit { USD, PERCENT, COUNT, HOURS, SECONDS }

  /**
   * One figure across the columns.
   *
   * @param figure the figure's path in summary.json ({@code cost.byCapacityProvider.FARGATE});
   *     {@code jobs.*.waitSecondsMean} is the mean over every job's tasks, derived here
   * @param group the heading the row sits under in the text table, or empty
   * @param label the row's name under its heading
   * @param values one per column, empty where that run has no such figure
   */
  public record Row(String figure, String group, String label, Unit unit, List<OptionalDouble> values) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** The column(s) that win on a figure, and the winning value (ties all win). */
  public record Verdict(List<String> columns, double value) {}

  public static final String ALL_JOBS_WAIT_MEAN = "jobs.*.waitSecondsMean";
  static final String TOTAL_COST = "cost.totalUsd";

  public Comparison {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * The table for these runs.
   *
   * @param columns the column headings, one per summary, in the same order (usually the scenario
   *     names)
   */
  public static Comparison of(List<String> columns, List<Summary> summaries) {
    if (columns.size() != summaries.size()) {
      throw new IllegalArgumentException(columns.size() + " column names for " + summaries.size() + " summaries");
    }
    List<Row> rows = new ArrayList<>();
    rows.add(row(TOTAL_COST, "", "total cost", Unit.USD, summaries, s -> present(s.cost().totalUsd())));
    for (String provider : union(summaries, s -> s.cost().byCapacityProvider().keySet())) {
      rows.add(row("cost.byCapacityProvider." + provider, "cost by capacity provider", provider, Unit.USD, summaries,
          s -> value(s.cost().byCapacityProvider(), provider)));
    }
    for (String option : union(summaries, s -> s.cost().byPurchaseOption().keySet())) {
      rows.add(row("cost.byPurchaseOption." + option, "cost by purchase option", option, Unit.USD, summaries,
          s -> value(s.cost().byPurchaseOption(), option)));
    }
    rows.add(row("cost.byService.idle", "", "idle cost (unreserved EC2)", Unit.USD, summaries,
        s -> value(s.cost().byService(), "idle")));
    // A reservation is a share of registered instances: without any it is undefined, not 0 %.
    rows.add(row("cluster.cpuReservationAvgPct", "", "CPU reservation (avg)", Unit.PERCENT, summaries,
        s -> withInstances(s, s.cluster().cpuReservationAvgPct())));
    rows.add(row("cluster.memoryReservationAvgPct", "", "memory reservation (avg)", Unit.PERCENT, summaries,
        s -> withInstances(s, s.cluster().memoryReservationAvgPct())));
    rows.add(row("cluster.instancesLaunched", "", "instances launched", Unit.COUNT, summaries,
        s -> present(s.cluster().instancesLaunched())));
    rows.add(row("cluster.instancesPeak", "", "instances peak", Unit.COUNT, summaries,
        s -> present(s.cluster().instancesPeak())));
    rows.add(row("cluster.instanceHours", "", "instance-hours", Unit.HOURS, summaries,
        s -> present(s.cluster().instanceHours())));
    for (String service : union(summaries, s -> s.services().keySet())) {
      rows.add(row("services." + service + ".runningAvg", "service " + service, "running (avg)", Unit.COUNT, summaries,
          s -> service(s, service).map(f -> OptionalDouble.of(f.runningAvg())).orElse(OptionalDouble.empty())));
      rows.add(row("services." + service + ".cpuUtilizationAvgPct", "service " + service, "CPU utilization (avg)",
          Unit.PERCENT, summaries,
          s -> service(s, service).map(f -> OptionalDouble.of(f.cpuUtilizationAvgPct())).orElse(OptionalDouble.empty())));
      rows.add(row("services." + service + ".unservedRequestPct", "service " + service, "requests unserved",
          Unit.PERCENT, summaries, s -> service(s, service)
              .map(f -> OptionalDouble.of(100 * f.unservedRequestFraction())).orElse(OptionalDouble.empty())));
      rows.add(row("services." + service + ".secondsBelowDesired", "service " + service, "time below desired",
          Unit.SECONDS, summaries,
          s -> service(s, service).map(f -> OptionalDouble.of(f.secondsBelowDesired())).orElse(OptionalDouble.empty())));
    }
    List<String> jobs = union(summaries, s -> s.jobs().keySet());
    for (String job : jobs) {
      rows.add(row("jobs." + job + ".waitSecondsMean", "job " + job, "wait mean", Unit.SECONDS, summaries,
          s -> job(s, job).map(j -> OptionalDouble.of(j.waitSecondsMean())).orElse(OptionalDouble.empty())));
      rows.add(row("jobs." + job + ".waitSecondsP95", "job " + job, "wait p95", Unit.SECONDS, summaries,
          s -> job(s, job).map(j -> OptionalDouble.of(j.waitSecondsP95())).orElse(OptionalDouble.empty())));
    }
    if (jobs.size() > 1) {
      rows.add(row(ALL_JOBS_WAIT_MEAN, "all jobs", "wait mean", Unit.SECONDS, summaries, Comparison::meanJobWait));
    }
    for (String provider : union(summaries, s -> s.startLatency().keySet())) {
      rows.add(row("startLatency." + provider + ".p50Seconds", "start latency " + provider, "p50", Unit.SECONDS,
          summaries, s -> latency(s, provider).map(l -> OptionalDouble.of(l.p50Seconds())).orElse(OptionalDouble.empty())));
      rows.add(row("startLatency." + provider + ".p95Seconds", "start latency " + provider, "p95", Unit.SECONDS,
          summaries, s -> latency(s, provider).map(l -> OptionalDouble.of(l.p95Seconds())).orElse(OptionalDouble.empty())));
    }
    return new Comparison(columns, rows);
  }

  /**
   * The mean wait over every task of every job: the jobs' means weighted by the tasks each
   * submitted. Empty when no job submitted a task. A task still waiting at the end of the run has
   * no wait yet and counts towards neither, so look at the p95 rows as well.
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

  public Optional<Row> row(String figure) {
    return rows.stream().filter(r -> r.figure().equals(figure)).findFirst();
  }

  /** The run(s) with the lowest total cost. */
  public Optional<Verdict> cheapest() {
    return row(TOTAL_COST).flatMap(this::lowest);
  }

  /**
   * The run(s) whose job tasks waited least on average ({@link #meanJobWait}; with one job, that
   * job's mean). Empty when no run has a job.
   */
  public Optional<Verdict> lowestMeanJobWait() {
    Optional<Row> all = row(ALL_JOBS_WAIT_MEAN);
    if (all.isPresent()) {
      return lowest(all.get());
    }
    return rows.stream().filter(r -> r.figure().startsWith("jobs.") && r.figure().endsWith(".waitSecondsMean"))
        .findFirst().flatMap(this::lowest);
  }

  private Optional<Verdict> lowest(Row row) {
    OptionalDouble min = row.values().stream().filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).min();
    if (min.isEmpty()) {
      return Optional.empty();
    }
    List<String> winners = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      OptionalDouble v = row.values().get(c);
      if (v.isPresent() && v.getAsDouble() == min.getAsDouble()) {
        winners.add(columns.get(c));
      }
    }
    return Optional.of(new Verdict(winners, min.getAsDouble()));
  }

  private static Row row(String figure, String group, String label, Unit unit, List<Summary> summaries,
      Function<Summary, OptionalDouble> value) {
    return new Row(figure, group, label, unit, summaries.stream().map(value).toList());
  }

  /** The names under a keyed figure over all runs, in the order they first appear. */
  static List<String> union(List<Summary> summaries, Function<Summary, Collection<String>> names) {
    Set<String> out = new LinkedHashSet<>();
    summaries.forEach(s -> out.addAll(names.apply(s)));
    return List.copyOf(out);
  }

  private static OptionalDouble value(Map<String, Double> figures, String name) {
    Double v = figures.get(name);
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private static OptionalDouble present(double v) {
    return OptionalDouble.of(v);
  }

  private static OptionalDouble withInstances(Summary s, double pct) {
    return s.cluster().instancesPeak() > 0 ? OptionalDouble.of(pct) : OptionalDouble.empty();
  }

  private static Optional<Summary.JobFigures> job(Summary s, String name) {
    return Optional.ofNullable(s.jobs().get(name));
  }

  private static Optional<Summary.ServiceFigures> service(Summary s, String name) {
    return Optional.ofNullable(s.services().get(name));
  }

  private static Optional<Summary.StartLatency> latency(Summary s, String provider) {
    return Optional.ofNullable(s.startLatency().get(provider));
  }
}
