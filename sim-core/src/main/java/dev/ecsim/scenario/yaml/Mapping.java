package dev.ecsim.scenario.yaml;

import dev.ecsim.scenario.Spelled;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A mapping node with typed field reads; a missing required field is reported at the mapping. */
public final class Mapping {
  private final Node node;
  private final List<String> known;

  public Mapping(Node node, List<String> known) {
    this.node = node;
    this.known = known;
  }

  public Node node() {
    return node;
  }

  public boolean present() {
    return node.present();
  }

  public Node field(String name) {
    if (!known.contains(name)) {
      throw new IllegalArgumentException("reader bug: field '" + name + "' not declared in " + known);
    }
    return node.child(name);
  }

  public boolean has(String name) {
    return field(name).present();
  }

  /** Reports a missing required field and returns empty; returns the field when present. */
  public Optional<Node> required(String name) {
    Node f = field(name);
    if (!f.present()) {
      if (node.present()) {
        node.error("missing required field '" + name + "'");
      }
      return Optional.empty();
    }
    return Optional.of(f);
  }

  public Optional<String> string(String name) {
    return field(name).text();
  }

  public Optional<String> requiredString(String name) {
    return required(name).flatMap(Node::text);
  }

  public <T> Optional<T> parse(String name, Function<String, T> parser) {
    return field(name).parse(parser);
  }

  public <T> Optional<T> requiredParse(String name, Function<String, T> parser) {
    return required(name).flatMap(n -> n.parse(parser));
  }

  public Optional<String> choice(String name, List<String> valid) {
    return field(name).choice(valid);
  }

  public <E extends Enum<E> & Spelled> Optional<E> choice(String name, E[] values) {
    return field(name).choice(values);
  }

  /** A field this version reads but does not model yet: present means a clear refusal. */
  public void notSupportedYet(String name, String plannedWith) {
    Node f = field(name);
    if (f.present()) {
      node.context().errorAtKey(f.path(), "'" + name + "' is not supported yet (planned with " + plannedWith + ")");
    }
  }
}
