package dev.ecsim.reports.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsim.reports.compare.Comparison.Row;
import dev.ecsim.reports.compare.Comparison.Unit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rows of the comparison, read from each column's aggregated summary tree by path; the
 * half-width of a figure sits at the same path under {@code ci95HalfWidth}. A field a tree lacks,
 * or that is not a finite number, is an empty cell.
 */
final class ComparisonRows {
  private ComparisonRows() {}

  static final String HALF_WIDTHS = "ci95HalfWidth";
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

  /** Where a row's figure sits in a tree, how much to scale it by, and when a tree has none. */
  private record Source(String[] path, double scale, Predicate<JsonNode> defined) {
    static Source at(String... path) {
      return new Source(path, 1, t -> true);
    }

    Source times(double factor) {
      return new Source(path, factor, defined);
    }

    Source when(Predicate<JsonNode> condition) {
      return new Source(path, scale, condition);
    }
  }

  static List<Row> rows(List<SummaryTrees.Column> columns) {
    List<JsonNode> trees = columns.stream().map(SummaryTrees.Column::aggregate).toList();
    List<Row> rows = new ArrayList<>();
    rows.add(row(Comparison.TOTAL_COST, "", "total cost", Unit.USD, columns, Source.at("cost", "totalUsd")));
    for (String provider : union(trees, "cost", "byCapacityProvider")) {
      rows.add(row("cost.byCapacityProvider." + provider, "cost by capacity provider", provider, Unit.USD, columns,
          Source.at("cost", "byCapacityProvider", provider)));
    }
    for (String option : union(trees, "cost", "byPurchaseOption")) {
      rows.add(row("cost.byPurchaseOption." + option, "cost by purchase option", option, Unit.USD, columns,
          Source.at("cost", "byPurchaseOption", option)));
    }
    rows.add(row("cost.byService.idle", "", "idle cost (unreserved EC2)", Unit.USD, columns,
        Source.at("cost", "byService", "idle")));
    // A reservation is a share of registered instances: without any it is undefined, not 0 %.
    Predicate<JsonNode> instances = t -> t.path("cluster").path("instancesPeak").asDouble() > 0;
    rows.add(row("cluster.cpuReservationAvgPct", "", "CPU reservation (avg)", Unit.PERCENT, columns,
        Source.at("cluster", "cpuReservationAvgPct").when(instances)));
    rows.add(row("cluster.memoryReservationAvgPct", "", "memory reservation (avg)", Unit.PERCENT, columns,
        Source.at("cluster", "memoryReservationAvgPct").when(instances)));
    rows.add(row("cluster.instancesLaunched", "", "instances launched", Unit.COUNT, columns,
        Source.at("cluster", "instancesLaunched")));
    rows.add(row("cluster.instancesPeak", "", "instances peak", Unit.COUNT, columns,
        Source.at("cluster", "instancesPeak")));
    rows.add(row("cluster.instanceHours", "", "instance-hours", Unit.HOURS, columns,
        Source.at("cluster", "instanceHours")));
    List<String> services = union(trees, "services");
    for (String s : services) {
      String group = "service " + s;
      rows.add(row(service(s, RUNNING_AVG), group, "running (avg)", Unit.COUNT, columns,
          Source.at("services", s, RUNNING_AVG)));
      rows.add(row(service(s, "cpuUtilizationAvgPct"), group, "CPU utilization (avg)", Unit.PERCENT, columns,
          Source.at("services", s, "cpuUtilizationAvgPct")));
      rows.add(row(service(s, UNSERVED_PCT), group, "requests unserved", Unit.PERCENT, columns,
          Source.at("services", s, "unservedRequestFraction").times(100)));
      rows.add(row(service(s, BELOW_DESIRED), group, "time below desired", Unit.SECONDS, columns,
          Source.at("services", s, BELOW_DESIRED)));
    }
    List<String> jobs = union(trees, "jobs");
    for (String j : jobs) {
      rows.add(row(job(j, "waitSecondsMean"), "job " + j, "wait mean", Unit.SECONDS, columns,
          Source.at("jobs", j, "waitSecondsMean")));
      rows.add(row(job(j, WAIT_P95), "job " + j, "wait p95", Unit.SECONDS, columns, Source.at("jobs", j, WAIT_P95)));
    }
    if (jobs.size() > 1) {
      rows.add(row(Comparison.ALL_JOBS_WAIT_MEAN, "all jobs", "wait mean", Unit.SECONDS, columns,
          Source.at(SummaryTrees.DERIVED, SummaryTrees.ALL_JOBS_WAIT_MEAN)));
    }
    for (String provider : union(trees, "startLatency")) {
      String group = "start latency " + provider;
      rows.add(row("startLatency." + provider + ".p50Seconds", group, "p50", Unit.SECONDS, columns,
          Source.at("startLatency", provider, "p50Seconds")));
      rows.add(row("startLatency." + provider + ".p95Seconds", group, "p95", Unit.SECONDS, columns,
          Source.at("startLatency", provider, "p95Seconds")));
    }
    // The SLO verdicts' figures with several shared services or jobs, last, so that the rows
    // compare.csv had before them keep their places.
    if (sharedCount(trees, "services", services) > 1) {
      String group = "worst shared service";
      rows.add(row(Comparison.WORST_UNSERVED, group, "requests unserved", Unit.PERCENT, columns,
          Source.at(SummaryTrees.DERIVED, SummaryTrees.WORST_UNSERVED).times(100)));
      rows.add(row(Comparison.WORST_BELOW_DESIRED, group, "time below desired", Unit.SECONDS, columns,
          Source.at(SummaryTrees.DERIVED, SummaryTrees.WORST_BELOW_DESIRED)));
    }
    if (sharedCount(trees, "jobs", jobs) > 1) {
      rows.add(row(Comparison.WORST_JOB_WAIT_P95, "worst shared job", "wait p95", Unit.SECONDS, columns,
          Source.at(SummaryTrees.DERIVED, SummaryTrees.WORST_JOB_WAIT_P95)));
    }
    return rows;
  }

  private static Row row(String figure, String group, String label, Unit unit, List<SummaryTrees.Column> columns,
      Source source) {
    List<OptionalDouble> values = new ArrayList<>();
    List<OptionalDouble> halfWidths = new ArrayList<>();
    List<double[]> runValues = new ArrayList<>();
    for (SummaryTrees.Column column : columns) {
      JsonNode tree = column.aggregate();
      OptionalDouble value = source.defined().test(tree) ? number(tree, source) : OptionalDouble.empty();
      values.add(value);
      halfWidths.add(value.isPresent() ? number(tree.path(HALF_WIDTHS), source) : OptionalDouble.empty());
      // NaN where a run lacks the figure: such a column is not paired with another (see Ranking).
      runValues.add(column.runs().stream()
          .mapToDouble(run -> source.defined().test(run) ? number(run, source).orElse(Double.NaN) : Double.NaN)
          .toArray());
    }
    return new Row(figure, group, label, unit, values, halfWidths, runValues);
  }

  private static OptionalDouble number(JsonNode from, Source source) {
    JsonNode node = from;
    for (String segment : source.path()) {
      node = node.path(segment);
    }
    if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(node.asDouble() * source.scale());
  }

  /** The names under an object of the trees, in the order they first appear. */
  private static List<String> union(List<JsonNode> trees, String... path) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode tree : trees) {
      JsonNode node = tree;
      for (String segment : path) {
        node = node.path(segment);
      }
      node.fieldNames().forEachRemaining(out::add);
    }
    return List.copyOf(out);
  }

  /** How many of the names under {@code top} every tree has. */
  private static long sharedCount(List<JsonNode> trees, String top, List<String> names) {
    return names.stream().filter(n -> trees.stream().allMatch(t -> t.path(top).has(n))).count();
  }
}
