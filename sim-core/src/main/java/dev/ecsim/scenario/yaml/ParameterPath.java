package dev.ecsim.scenario.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a scenario's YAML tree addressed as in validation messages: dotted names and
 * {@code [index]}, e.g. {@code services[0].autoScaling.policies[0].targetValue}. Sweeps {@link #set}
 * only fields that exist, so a typo is reported rather than silently added; variants may also add a
 * missing last field to a mapping that exists ({@link #setOrAdd}). List elements must always exist.
 */
public record ParameterPath(String text, List<Object> steps) {
  private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d{1,9})]");

  /** The path's steps (String for a field, Integer for an index), or empty if it is not a path. */
  public static Optional<ParameterPath> parse(String text) {
    List<Object> steps = new ArrayList<>();
    int at = 0;
    Matcher m = STEP.matcher(text);
    while (at < text.length()) {
      if (!steps.isEmpty() && text.charAt(at) == '.') {
        at++;
        if (at >= text.length() || text.charAt(at) == '[') {
          return Optional.empty();
        }
      }
      if (!m.find(at) || m.start() != at) {
        return Optional.empty();
      }
      steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(Integer.parseInt(m.group(2))));
      at = m.end();
    }
    return steps.isEmpty() ? Optional.empty() : Optional.of(new ParameterPath(text, List.copyOf(steps)));
  }

  /** The first step: the top-level field the path changes (empty for a path that starts with an index). */
  public Optional<String> topLevelField() {
    return steps.get(0) instanceof String name ? Optional.of(name) : Optional.empty();
  }

  /** The path as the loader writes paths ({@code a.b[0].c}), whatever spacing of indexes it was given in. */
  public String normalized() {
    StringBuilder out = new StringBuilder();
    for (Object step : steps) {
      if (step instanceof String name) {
        out.append(out.isEmpty() ? "" : ".").append(name);
      } else {
        out.append('[').append(step).append(']');
      }
    }
    return out.toString();
  }

  /**
   * Replaces the addressed field of {@code root} (in place) with {@code value}, or returns why it
   * cannot: the first step that does not exist.
   */
  public Optional<String> set(JsonNode root, JsonNode value) {
    return write(root, value, false);
  }

  /**
   * As {@link #set}, but a last field that is missing from its mapping is added. Every step before
   * it, and every list index, must exist.
   */
  public Optional<String> setOrAdd(JsonNode root, JsonNode value) {
    return write(root, value, true);
  }

  private Optional<String> write(JsonNode root, JsonNode value, boolean mayAdd) {
    JsonNode node = root;
    StringBuilder walked = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (step instanceof String name) {
        if (!(node instanceof ObjectNode object)) {
          return Optional.of("no field '" + name + "'" + where(walked) + ": " + notA(node, "a mapping"));
        }
        if (!object.has(name) && !(last && mayAdd)) {
          return Optional.of("no field '" + name + "'" + where(walked) + fields(node));
        }
        if (last) {
          object.set(name, value.deepCopy());
        } else {
          node = object.get(name);
        }
        walked.append(walked.isEmpty() ? "" : ".").append(name);
      } else {
        int index = (Integer) step;
        if (!(node instanceof ArrayNode array)) {
          return Optional.of("no element [" + index + "]" + where(walked) + ": " + notA(node, "a list"));
        }
        if (index >= array.size()) {
          return Optional.of("no element [" + index + "]" + where(walked) + " (it has " + array.size() + ")");
        }
        if (last) {
          array.set(index, value.deepCopy());
        } else {
          node = array.get(index);
        }
        walked.append('[').append(index).append(']');
      }
    }
    return Optional.empty();
  }

  private static String where(StringBuilder walked) {
    return walked.isEmpty() ? " at the top level" : " in " + walked;
  }

  private static String notA(JsonNode node, String expected) {
    String found = node.isObject() ? "a mapping" : node.isArray() ? "a list"
        : node.isNull() ? "nothing (null)" : node.isTextual() ? "'" + node.asText() + "'" : node.asText();
    return "that is " + found + ", not " + expected;
  }

  private static String fields(JsonNode node) {
    if (node.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return "; fields there: " + String.join(", ", names);
  }
}
