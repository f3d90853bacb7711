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

  /**
   * A whole number in {@code field}'s range; a wrong value is reported with the field's real range
   * and unit, never the limits of a Java type.
   */
  public Optional<Long> integer(NumericField field) {
    if (!present()) {
      return Optional.empty();
    }
    if (value.isIntegralNumber() && !value.canConvertToLong()) {
      error(value.asText() + " is out of range; " + field.name() + " is " + field.describe());
      return Optional.empty();
    }
    if (!value.isIntegralNumber()) {
      error(field.notANumber(describe(), textual()));
      return Optional.empty();
    }
    long v = value.asLong();
    if (!field.accepts(v)) {
      error(field.outOfRange(v));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** A number in {@code field}'s range, reported as {@link #integer(NumericField)} is. */
  public Optional<Double> number(NumericField field) {
    if (!present()) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      error(field.notANumber(describe(), textual()));
      return Optional.empty();
    }
    double v = value.asDouble();
    if (!Double.isFinite(v)) {
      // 1e999 reaches here as infinity: too large for any field, however unbounded its range.
      error("the number is too large; " + field.name() + " is " + field.describe());
      return Optional.empty();
    }
    if (!field.accepts(v)) {
      error(field.outOfRange(v));
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private Optional<String> textual() {
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
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
    if (value.isNumber() && !Double.isFinite(value.asDouble())) {
      return "a number too large to hold";
    }
    return value.isTextual() ? "'" + value.asText() + "'" : value.asText();
  }
}
