package dev.ecsim.cli;

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
 * {@code [index]}, e.g. {@code services[0].autoScaling.policies[0].targetValue}. Only fields that
 * exist in the base scenario can be set, so a typo is reported rather than silently added.
 */
record ParameterPath(String text, List<Object> steps) {
  private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d+)]");

  /** The path's steps (String for a field, Integer for an index), or empty if it is not a path. */
  static Optional<ParameterPath> parse(String text) {
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

  /**
   * Replaces the addressed field of {@code root} (in place) with {@code value}, or returns why it
   * cannot: the first step that does not exist.
   */
  Optional<String> set(JsonNode root, JsonNode value) {
    JsonNode node = root;
    StringBuilder walked = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      boolean last = i == steps.size() - 1;
      if (step instanceof String name) {
        if (!(node instanceof ObjectNode object) || !object.has(name)) {
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
        if (!(node instanceof ArrayNode array) || index >= array.size()) {
          return Optional.of("no element [" + index + "]" + where(walked)
              + (node instanceof ArrayNode a ? " (it has " + a.size() + ")" : " (not a list)"));
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

  private static String fields(JsonNode node) {
    if (!node.isObject() || node.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return "; fields there: " + String.join(", ", names);
  }
}
