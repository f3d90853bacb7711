package dev.ecsim.reports.chart;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsim.reports.sweep.Sweep;
import java.util.ArrayList;
import java.util.List;

/**
 * A summary figure a sweep charts against each parameter: where it sits in the summary tree, what
 * the chart calls it, and the stem of its file names ({@code STEM-by-PATH}).
 *
 * @param path field names from the summary's root, e.g. {@code [services, web, unservedRequestFraction]}
 */
public record SweepFigure(List<String> path, String title, String axisLabel, String fileStem) {
  public SweepFigure {
    path = List.copyOf(path);
  }

  public static final SweepFigure TOTAL_COST =
      new SweepFigure(List.of("cost", "totalUsd"), "Total cost", "total cost (USD)", "cost");

  /**
   * What a sweep is usually run to trade against cost: the total cost, then each service's share of
   * requests left unserved and each job's p95 wait, for the services and jobs of the first point.
   */
  public static List<SweepFigure> charted(Sweep sweep) {
    List<SweepFigure> figures = new ArrayList<>(List.of(TOTAL_COST));
    if (sweep.points().isEmpty()) {
      return figures;
    }
    JsonNode first = sweep.points().get(0).summary();
    first.path("services").fieldNames().forEachRemaining(service -> figures.add(new SweepFigure(
        List.of("services", service, "unservedRequestFraction"), "Unserved requests of " + service,
        "unserved requests (fraction)", "service-" + service + "-unserved")));
    first.path("jobs").fieldNames().forEachRemaining(job -> figures.add(new SweepFigure(
        List.of("jobs", job, "waitSecondsP95"), "p95 wait of " + job, "p95 wait (s)", "job-" + job + "-wait-p95")));
    return figures;
  }

  /** The figure in a summary tree, or missing. */
  JsonNode in(JsonNode tree) {
    JsonNode node = tree;
    for (String field : path) {
      node = node.path(field);
    }
    return node;
  }
}
