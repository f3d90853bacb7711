package dev.ecsim.reports.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.metrics.Summary;
import dev.ecsim.run.Replications;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Turns each column's replications into one summary tree, as {@code ecsim run --replications}
 * does ({@link Replications#aggregateTrees}), after adding to every run's tree the figures compare
 * derives from several of its fields (under {@value #DERIVED}). Deriving per run and then
 * averaging gives those figures true half-widths: the mean of a maximum is not the maximum of the
 * means.
 */
final class SummaryTrees {
  private SummaryTrees() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The object of each run's tree holding the derived figures. */
  static final String DERIVED = "compare";
  static final String ALL_JOBS_WAIT_MEAN = "allJobsWaitSecondsMean";
  static final String WORST_UNSERVED = "worstServiceUnservedRequestFraction";
  static final String WORST_BELOW_DESIRED = "worstServiceSecondsBelowDesired";
  static final String WORST_JOB_WAIT_P95 = "worstJobWaitSecondsP95";

  /**
   * A column's runs as summary trees (derived figures added), in seed order, and their aggregate:
   * the means, and {@code ci95HalfWidth} with several runs.
   */
  record Column(JsonNode aggregate, List<JsonNode> runs) {
    Column {
      runs = List.copyOf(runs);
    }
  }

  static List<Column> aggregate(List<List<Summary>> runs) {
    List<String> services = shared(runs, s -> s.services().keySet());
    List<String> jobs = shared(runs, s -> s.jobs().keySet());
    List<Column> columns = new ArrayList<>();
    for (List<Summary> column : runs) {
      List<JsonNode> trees = new ArrayList<>();
      for (Summary s : column) {
        ObjectNode tree = JSON.valueToTree(s);
        tree.set(DERIVED, derived(s, services, jobs));
        trees.add(tree);
      }
      columns.add(new Column(Replications.aggregateTrees(trees), trees));
    }
    return columns;
  }

  private static ObjectNode derived(Summary s, List<String> services, List<String> jobs) {
    ObjectNode d = JSON.createObjectNode();
    meanJobWait(s).ifPresent(v -> d.put(ALL_JOBS_WAIT_MEAN, v));
    if (!services.isEmpty()) {
      d.put(WORST_UNSERVED, max(services, n -> s.services().get(n).unservedRequestFraction()));
      d.put(WORST_BELOW_DESIRED, max(services, n -> s.services().get(n).secondsBelowDesired()));
    }
    if (!jobs.isEmpty()) {
      d.put(WORST_JOB_WAIT_P95, max(jobs, n -> s.jobs().get(n).waitSecondsP95()));
    }
    return d;
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

  private static double max(List<String> names, ToDoubleFunction<String> figure) {
    return names.stream().mapToDouble(figure).max().orElseThrow();
  }

  /** The names every run of every column has, in the order they first appear. */
  static List<String> shared(List<List<Summary>> runs, Function<Summary, Collection<String>> names) {
    Set<String> all = new LinkedHashSet<>();
    runs.forEach(column -> column.forEach(s -> all.addAll(names.apply(s))));
    all.removeIf(n -> runs.stream().anyMatch(column -> column.stream().anyMatch(s -> !names.apply(s).contains(n))));
    return List.copyOf(all);
  }
}
