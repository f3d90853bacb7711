package dev.ecsim.scenario.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML with Jackson's streaming parser into a Jackson tree, recording where every key and
 * value stands ({@link SourceMap}), which a plain {@code readTree} forgets. Duplicate keys are
 * reported rather than silently letting the last one win.
 */
public final class LocatedYaml {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** A parsed document, with the problems found while parsing (duplicate keys). */
  public record Parsed(JsonNode root, SourceMap sources, List<Problem> problems) {}

  /**
   * A problem at a path; {@code file} is empty for the scenario file itself, else the file the
   * scenario names (a task definition JSON file) where the problem stands.
   */
  public record Problem(String path, SourceLocation location, String message, String file) {
    public Problem(String path, SourceLocation location, String message) {
      this(path, location, message, "");
    }
  }

  /** Thrown for text that is not YAML at all; carries the parser's position. */
  public static final class SyntaxError extends Exception {
    public final SourceLocation location;

    public SyntaxError(String message, SourceLocation location) {
      super(message);
      this.location = location;
    }
  }

  private final SourceMap sources = new SourceMap();
  private final List<Problem> problems = new ArrayList<>();
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;

  public static Parsed parse(String text) throws SyntaxError {
    LocatedYaml reader = new LocatedYaml();
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new Parsed(reader.nodes.objectNode(), reader.sources, reader.problems);
      }
      JsonNode root = reader.readValue(parser, "");
      return new Parsed(root, reader.sources, reader.problems);
    } catch (JsonProcessingException e) {
      throw new SyntaxError(describe(e), location(e.getLocation()).orElse(SourceLocation.START));
    } catch (IOException e) {
      throw new SyntaxError("cannot read YAML: " + e.getMessage(), SourceLocation.START);
    }
  }

  /**
   * Reads JSON text (a task definition as the AWS CLI prints it) the same way. YAML would read most
   * JSON too, but not a file indented with tabs, and its messages speak of YAML; JSON's own parser
   * also refuses anything after the top-level value.
   */
  public static Parsed parseJson(String text) throws SyntaxError {
    LocatedYaml reader = new LocatedYaml();
    try (JsonParser parser = JSON.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new SyntaxError("empty; expected a JSON object", SourceLocation.START);
      }
      JsonNode root = reader.readValue(parser, "");
      if (parser.nextToken() != null) {
        throw new SyntaxError("not valid JSON: more text after the top-level value",
            location(parser.currentTokenLocation()).orElse(SourceLocation.START));
      }
      return new Parsed(root, reader.sources, reader.problems);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int newline = message.indexOf('\n');
      throw new SyntaxError("not valid JSON: " + (newline < 0 ? message : message.substring(0, newline)).trim(),
          location(e.getLocation()).orElse(SourceLocation.START));
    } catch (IOException e) {
      throw new SyntaxError("cannot read JSON: " + e.getMessage(), SourceLocation.START);
    }
  }

  private JsonNode readValue(JsonParser p, String path) throws IOException {
    JsonToken token = p.currentToken();
    location(p.currentTokenLocation()).ifPresent(at -> sources.putValue(path, at));
    return switch (token) {
      case START_OBJECT -> readObject(p, path);
      case START_ARRAY -> readArray(p, path);
      case VALUE_STRING -> nodes.textNode(p.getText());
      case VALUE_NUMBER_INT -> integral(p);
      case VALUE_NUMBER_FLOAT -> floating(p);
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> nodes.textNode(p.getText());
    };
  }

  /**
   * YAML's .inf and .nan are floats to its parser, which then cannot read them as Java numbers and
   * fails the whole file with no field named. Kept as text, they reach the field that reads them,
   * which refuses them with its path and the forms it takes (ecsim takes finite numbers only).
   */
  private JsonNode floating(JsonParser p) throws IOException {
    String text = p.getText();
    String bare = text.startsWith("+") || text.startsWith("-") ? text.substring(1) : text;
    if (bare.equalsIgnoreCase(".inf") || bare.equalsIgnoreCase(".nan")) {
      return nodes.textNode(text);
    }
    return nodes.numberNode(p.getDoubleValue());
  }

  private JsonNode integral(JsonParser p) throws IOException {
    return switch (p.getNumberType()) {
      case INT -> nodes.numberNode(p.getIntValue());
      case LONG -> nodes.numberNode(p.getLongValue());
      default -> nodes.numberNode(p.getBigIntegerValue());
    };
  }

  private ObjectNode readObject(JsonParser p, String path) throws IOException {
    ObjectNode object = nodes.objectNode();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      String childPath = path.isEmpty() ? name : path + "." + name;
      Optional<SourceLocation> keyAt = location(p.currentTokenLocation());
      p.nextToken();
      if (object.has(name)) {
        problems.add(new Problem(childPath, keyAt.orElse(SourceLocation.START),
            "duplicate key '" + name + "'; a key may appear once in a mapping"));
        readValue(p, childPath + "#duplicate");
        continue;
      }
      keyAt.ifPresent(at -> sources.putKey(childPath, at));
      object.set(name, readValue(p, childPath));
    }
    return object;
  }

  private ArrayNode readArray(JsonParser p, String path) throws IOException {
    ArrayNode array = nodes.arrayNode();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      array.add(readValue(p, path + "[" + i + "]"));
      i++;
    }
    return array;
  }

  private static Optional<SourceLocation> location(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return Optional.empty();
    }
    return Optional.of(new SourceLocation(at.getLineNr(), Math.max(1, at.getColumnNr())));
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    // SnakeYAML's messages span several lines with a code excerpt; the first line says what is wrong.
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return "not valid YAML: " + first.trim();
  }
}
