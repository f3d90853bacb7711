package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small readers over the AWS CLI's JSON, where any member may be missing. */
final class Json {
  private Json() {}

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? Optional.empty() : Optional.of(v.asText());
  }

  static Optional<JsonNode> number(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isNumber() ? Optional.of(v) : Optional.empty();
  }

  static List<JsonNode> list(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(items::add);
    }
    return items;
  }

  /**
   * The members present with a value (not null, not an empty list or object) that are neither
   * read nor bookkeeping: what AWS has and the scenario does not.
   */
  static List<String> unread(JsonNode node, Set<String> read, Set<String> bookkeeping) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(name -> {
      JsonNode v = node.get(name);
      boolean empty = v.isNull() || (v.isContainerNode() && v.isEmpty());
      if (!empty && !read.contains(name) && !bookkeeping.contains(name)) {
        names.add(name);
      }
    });
    return names;
  }

  /** The last part of an ARN or resource path: {@code .../autoScalingGroupName/prod-asg} gives {@code prod-asg}. */
  static String lastPart(String arnOrName) {
    return arnOrName.substring(arnOrName.lastIndexOf('/') + 1);
  }
}
