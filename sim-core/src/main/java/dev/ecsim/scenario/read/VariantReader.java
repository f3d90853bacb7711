package dev.ecsim.scenario.read;

import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Overrides;
import dev.ecsim.scenario.yaml.ParameterPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code variants:}, named sets of field overrides of the scenario they stand in. Only their
 * shape is checked here (names, paths that parse); what a variant makes of the scenario is checked
 * by loading it ({@link ScenarioLoader}).
 */
final class VariantReader {
  static final List<String> FIELDS = List.of("name", "description", "set");
  /** A directory name on its own and after the scenario's name: 1 to 64 safe characters. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  /** A variant has its own name and description; the variants themselves are not a variant's to change. */
  private static final List<String> NOT_SETTABLE = List.of("name", "description", "variants");

  /** A variant as written: its changes in file order, each with the path of the value in the file. */
  record Spec(String name, Optional<String> description, List<Overrides.Change> changes) {}

  /** More columns than a comparison can show side by side; a grid of values is a sweep's job. */
  static final int MAX_VARIANTS = 100;

  private VariantReader() {}

  /** The variants whose shape is sound; every problem is reported to the node's context. */
  static List<Spec> read(Node variants) {
    if (!variants.present()) {
      return List.of();
    }
    List<Node> items = variants.elements();
    if (variants.isList() && items.isEmpty()) {
      variants.error("variants is an empty list; give at least one variant, or leave the field out");
    }
    if (items.size() > MAX_VARIANTS) {
      // Each variant is checked as a whole scenario: 40,000 of them kept validate busy for minutes.
      variants.error(String.format(java.util.Locale.ROOT, "a file may have at most %d variants, found %,d; each is "
          + "checked and run as a scenario of its own (for a grid of values, use ecsim sweep)", MAX_VARIANTS,
          items.size()));
      return List.of();
    }
    List<Spec> specs = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Node item : items) {
      Mapping m = item.mapping(FIELDS);
      if (!m.present()) {
        if (!item.present()) {
          item.error("expected a variant {name, description, set}, found nothing");
        }
        continue;
      }
      Optional<String> name = m.requiredString("name");
      boolean sound = name.isPresent();
      if (name.isPresent() && !NAME.matcher(name.get()).matches()) {
        m.field("name").error("'" + name.get() + "' is not a valid variant name; it names an output directory: "
            + "start with a letter or digit, then letters, digits, '.', '_' or '-' (at most 64)");
        sound = false;
      } else if (name.isPresent() && !names.add(name.get())) {
        m.field("name").error("variant name '" + name.get() + "' is used twice; each variant needs a name of its own");
        sound = false;
      }
      Optional<String> description = m.string("description");
      Optional<List<Overrides.Change>> changes = changes(m.field("set"));
      if (sound && changes.isPresent()) {
        specs.add(new Spec(name.get(), description, changes.get()));
      }
    }
    return specs;
  }

  /** The changes of a {@code set} mapping, or empty when any of its keys is not a settable path. */
  private static Optional<List<Overrides.Change>> changes(Node set) {
    if (!set.present()) {
      return Optional.of(List.of());
    }
    if (!set.isMapping()) {
      set.error("expected a mapping from field path (e.g. cluster.capacityProviders[0].maxSize) to its new value, "
          + "found " + set.describe());
      return Optional.empty();
    }
    List<Overrides.Change> changes = new ArrayList<>();
    boolean sound = true;
    for (String key : set.keys()) {
      Node value = set.child(key);
      Optional<ParameterPath> path = ParameterPath.parse(key);
      if (path.isEmpty()) {
        value.context().errorAtKey(value.path(), "'" + key + "' is not a field path; write one as in validation "
            + "messages, e.g. services[0].capacityProviderStrategy or cluster.capacityProviders[1].maxSize");
        sound = false;
      } else if (path.get().topLevelField().filter(NOT_SETTABLE::contains).isPresent()) {
        value.context().errorAtKey(value.path(), "a variant does not set '" + path.get().topLevelField().get()
            + "'; it has its own name and description, and variants do not nest");
        sound = false;
      } else {
        changes.add(new Overrides.Change(path.get(), value.json(), Optional.of(value.path())));
      }
    }
    return sound ? Optional.of(List.copyOf(changes)) : Optional.empty();
  }
}
