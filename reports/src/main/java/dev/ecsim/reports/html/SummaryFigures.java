package dev.ecsim.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads figures out of the summary.json tree by path. Replicated runs carry a {@code ci95HalfWidth}
 * object that mirrors the figures, so {@code cost.totalUsd} has its half-width at {@code
 * ci95HalfWidth.cost.totalUsd}. A missing or non-numeric field is simply absent: the report shows
 * what the summary has and leaves out what it lacks.
 */
final class SummaryFigures {
  static final String HALF_WIDTH_FIELD = "ci95HalfWidth";

  private final JsonNode root;

  SummaryFigures(JsonNode root) {
    this.root = root;
  }

  /** The figure formatted for people, with "± half-width" when the summary has one. */
  Optional<String> format(Quantity quantity, String... path) {
    JsonNode value = at(root, path);
    if (!value.isNumber()) {
      return Optional.empty();
    }
    JsonNode halfWidth = at(root.path(HALF_WIDTH_FIELD), path);
    return Optional.of(
        halfWidth.isNumber()
            ? quantity.format(value.asDouble(), halfWidth.asDouble())
            : quantity.format(value.asDouble()));
  }

  /** Field names of the object at {@code path}, in the summary's order; empty when absent. */
  List<String> names(String... path) {
    List<String> names = new ArrayList<>();
    JsonNode node = at(root, path);
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  Optional<String> text(String... path) {
    JsonNode node = at(root, path);
    return node.isValueNode() && !node.isNull() ? Optional.of(node.asText()) : Optional.empty();
  }

  Optional<Double> number(String... path) {
    JsonNode node = at(root, path);
    return node.isNumber() ? Optional.of(node.asDouble()) : Optional.empty();
  }

  /**
   * Segment by segment, so names containing "/" or "." (a service called "api/v2") still resolve.
   */
  private static JsonNode at(JsonNode from, String... path) {
    JsonNode node = from;
    for (String segment : path) {
      node = node.path(segment);
    }
    return node;
  }
}
