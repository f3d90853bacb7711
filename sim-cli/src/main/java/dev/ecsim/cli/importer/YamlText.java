package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scenario being written, line by line, with comments where they belong. Written by hand
 * rather than by a YAML library so that the comments saying what was assumed stand next to the
 * values they explain.
 */
final class YamlText {
  /** Words YAML reads as something other than a string, or that need no quoting. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*(:[A-Za-z0-9_.-]+)?");
  private static final List<String> RESERVED = List.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private final StringBuilder text = new StringBuilder();

  void line(int indent, String content) {
    text.append("  ".repeat(indent)).append(content).append('\n');
  }

  void comment(int indent, String words) {
    for (String part : words.split("\n")) {
      line(indent, part.isEmpty() ? "#" : "# " + part);
    }
  }

  void blank() {
    text.append('\n');
  }

  /** A string as YAML: plain when it reads back as the same string, else double-quoted (JSON's escapes are YAML's). */
  static String scalar(String value) {
    boolean plain = PLAIN.matcher(value).matches() && !RESERVED.contains(value.toLowerCase())
        && !value.contains(": ");
    return plain ? value : new TextNode(value).toString();
  }

  /** A JSON number as YAML: whole numbers without a fraction. */
  static String number(JsonNode value) {
    if (value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
      return Long.toString(value.asLong());
    }
    return value.asText();
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
