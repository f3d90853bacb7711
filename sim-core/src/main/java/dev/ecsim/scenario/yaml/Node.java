package dev.ecsim.scenario.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ecsim.scenario.Spelled;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A value in the scenario tree together with its path. Typed reads report a problem to the
 * {@link ReadContext} and return empty instead of throwing, so one pass finds every problem.
 */
public final class Node {
  private final JsonNode value;
  private final String path;
  private final ReadContext ctx;

  public Node(JsonNode value, String path, ReadContext ctx) {
    this.value = value == null ? MissingNode.getInstance() : value;
    this.path = path;
    this.ctx = ctx;
  }

  public String path() {
    return path;
  }

  public ReadContext context() {
    return ctx;
  }

  public JsonNode json() {
    return value;
  }

  /** Present and not an explicit null. */
  public boolean present() {
    return !value.isMissingNode() && !value.isNull();
  }

  public boolean isMapping() {
    return value.isObject();
  }

  public boolean isList() {
    return value.isArray();
  }

  public boolean isScalar() {
    return value.isValueNode() && !value.isNull();
  }

  public Node child(String field) {
    return new Node(value.get(field), path.isEmpty() ? field : path + "." + field, ctx);
  }

  public void error(String message) {
    ctx.error(path, message);
  }

  /**
   * This node as a mapping whose keys must be among {@code known}; unknown keys are reported with
   * the known ones and a suggestion.
   */
  public Mapping mapping(List<String> known) {
    return mappingWith(known, null);
  }

  /**
   * {@link #mapping(List)} for a shape defined elsewhere, too long to list in every message (an
   * AWS API type): {@code shape} names it, as in "ContainerDefinition (ECS API reference)".
   */
  public Mapping mapping(List<String> known, String shape) {
    return mappingWith(known, shape);
  }

  private Mapping mappingWith(List<String> known, String shape) {
    if (present() && !value.isObject()) {
      error((shape == null ? "expected a mapping with fields " + Names.quoted(known) : "expected an object: " + shape)
          + ", found " + describe());
      return new Mapping(new Node(MissingNode.getInstance(), path, ctx), known);
    }
    for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        ctx.errorAtKey(child(key).path, shape == null
            ? "unknown field '" + key + "'" + Names.didYouMean(key, known) + "; known fields: " + String.join(", ", known)
            : "unknown field '" + key + "': " + shape + " has no such field" + Names.didYouMean(key, known));
      }
    }
    return new Mapping(this, known);
  }

  /** The elements of a list; a single non-list value is reported. */
  public List<Node> elements() {
    if (!present()) {
      return List.of();
    }
    if (!value.isArray()) {
      error("expected a list, found " + describe());
      return List.of();
    }
    List<Node> out = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      out.add(new Node(value.get(i), path + "[" + i + "]", ctx));
    }
    return out;
  }

  /** The keys of a mapping, in file order. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    value.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** A scalar as text (numbers too, so {@code memory: 512} and {@code memory: 512MiB} both read). */
  public Optional<String> text() {
    if (!present()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      error("expected a single value, found " + describe());
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  /** A scalar turned into T by {@code parser}; its IllegalArgumentException message is reported. */
  public <T> Optional<T> parse(Function<String, T> parser) {
    return text().flatMap(t -> {
      try {
        return Optional.of(parser.apply(t));
      } catch (IllegalArgumentException e) {
        error(e.getMessage());
        return Optional.empty();
      }
    });
  }

  public Optional<Long> integer(long min, long max) {
    if (!present()) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      error("expected a whole number from " + min + " to " + max + ", found " + describe());
      return Optional.empty();
    }
    long v = value.asLong();
    if (v < min || v > max) {
      error(v + " is out of range; valid: " + min + " to " + max);
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** {@link #integer(long, long)}, saying {@code why} beside the range when a value is out of it. */
  public Optional<Long> integer(long min, long max, String why) {
    if (present() && value.isIntegralNumber() && value.canConvertToLong()) {
      long v = value.asLong();
      if (v < min || v > max) {
        error(v + " is out of range; valid: " + min + " to " + max + " (" + why + ")");
        return Optional.empty();
      }
    }
    return integer(min, max);
  }

  public Optional<Double> number(double min, double max) {
    if (!present()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      String range = min == -Double.MAX_VALUE && max == Double.MAX_VALUE ? "a number"
          : "a number from " + plain(min) + " to " + plain(max);
      String hint = value.isTextual() && value.asText().trim().endsWith("%")
          ? "; write the number without '%' (" + value.asText().trim().replace("%", "").trim()
              + "): this field is a percentage already"
          : "";
      error("expected " + range + ", found " + describe() + hint);
      return Optional.empty();
    }
    double v = value.asDouble();
    if (v < min || v > max) {
      error(plain(v) + " is out of range; valid: " + plain(min) + " to " + plain(max));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** 60 rather than 60.0; Double's own form for what has a fraction or no short form. */
  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  public Optional<Boolean> bool() {
    if (!present()) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      error("expected true or false, found " + describe());
      return Optional.empty();
    }
    return Optional.of(value.asBoolean());
  }

  /** One of {@code valid}, exactly as spelt there. */
  public Optional<String> choice(List<String> valid) {
    return text().flatMap(t -> {
      if (valid.contains(t)) {
        return Optional.of(t);
      }
      error("'" + t + "' is not valid" + Names.didYouMean(t, valid) + "; valid: " + String.join(", ", valid));
      return Optional.empty();
    });
  }

  /** One of the enum's spellings. */
  public <E extends Enum<E> & Spelled> Optional<E> choice(E[] values) {
    List<String> valid = java.util.Arrays.stream(values).map(Spelled::spelling).toList();
    return choice(valid).map(s -> values[valid.indexOf(s)]);
  }

  public String describe() {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isNull() || value.isMissingNode()) {
      return "nothing";
    }
    return value.isTextual() ? "'" + value.asText() + "'" : value.asText();
  }
}
