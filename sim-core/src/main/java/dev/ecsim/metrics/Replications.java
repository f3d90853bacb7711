package dev.ecsim.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ecsim.metrics.Summary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Combines the summaries of independent replications (seeds seed .. seed+N-1): every figure
 * becomes its mean, and {@code ci95HalfWidth} mirrors the figures with the half-width of a
 * Student-t 95 % confidence interval, t(0.975, N-1) x s / sqrt(N). A figure only some
 * replications have (a provider's start latency where no task started on it in some seeds) is
 * undefined in the others, not zero: it is the mean of the n that have it, with t(0.975, n-1), and
 * has no half-width when n is 1. Summaries list every cost key, zero included, so that absence
 * never stands for zero.
 */
public final class Replications {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Identity fields, not figures: never averaged. */
  private static final Set<String> NOT_FIGURES = Set.of("schemaVersion", "scenario", "seed", "replications", "horizonSeconds");

  private Replications() {}

  /**
   * The summary.json tree of one run, or the means and half-widths over several: JSON written from
   * the typed summaries once, at the edge; reports read figures through {@link Replicated}, never
   * from this tree. The statistics are {@link Estimate}'s.
   */
  public static ObjectNode aggregate(List<Summary> runs) {
    List<JsonNode> trees = new ArrayList<>();
    runs.forEach(r -> trees.add(JSON.valueToTree(r)));
    return aggregateTrees(trees);
  }

  private static ObjectNode aggregateTrees(List<? extends JsonNode> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no replications to aggregate");
    }
    List<JsonNode> trees = List.copyOf(runs);
    ObjectNode mean = ((ObjectNode) trees.get(0)).deepCopy();
    mean.put("replications", trees.size());
    if (trees.size() == 1) {
      return mean;
    }
    ObjectNode halfWidths = JSON.createObjectNode();
    combine(trees, mean, halfWidths, true);
    mean.set("ci95HalfWidth", halfWidths);
    return mean;
  }

  private static void combine(List<JsonNode> trees, ObjectNode mean, ObjectNode halfWidths, boolean top) {
    Set<String> keys = new TreeSet<>();
    trees.forEach(tree -> tree.fieldNames().forEachRemaining(keys::add));
    for (Iterator<String> it = orderedKeys(trees.get(0), keys); it.hasNext(); ) {
      String key = it.next();
      if (top && NOT_FIGURES.contains(key)) {
        continue;
      }
      List<JsonNode> values = new ArrayList<>();
      trees.forEach(tree -> values.add(tree.path(key)));
      JsonNode first = values.stream().filter(v -> !v.isMissingNode()).findFirst().orElseThrow();
      if (first.isObject()) {
        ObjectNode childMean = JSON.createObjectNode();
        ObjectNode childHalf = JSON.createObjectNode();
        combine(values, childMean, childHalf, false);
        mean.set(key, childMean);
        halfWidths.set(key, childHalf);
      } else if (first.isNumber()) {
        // A figure a replication's summary lacks is undefined there (the start latency of a
        // provider no task started on), not zero: it is averaged over the replications that have it.
        double[] xs = values.stream().filter(JsonNode::isNumber).mapToDouble(JsonNode::asDouble).toArray();
        Estimate estimate = Estimate.of(xs);
        mean.put(key, Rounding.round6(estimate.mean()));
        estimate.halfWidth().ifPresent(h -> halfWidths.put(key, h));
      }
    }
  }

  /** Keys in the first tree's order, then any others alphabetically. */
  private static Iterator<String> orderedKeys(JsonNode first, Set<String> all) {
    List<String> ordered = new ArrayList<>();
    first.fieldNames().forEachRemaining(ordered::add);
    all.stream().filter(k -> !ordered.contains(k)).forEach(ordered::add);
    return ordered.iterator();
  }
}
