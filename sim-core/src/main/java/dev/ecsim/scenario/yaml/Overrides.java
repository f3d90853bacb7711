package dev.ecsim.scenario.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies field changes to a copy of a scenario's tree and moves the source locations along, so
 * that a problem found in the changed scenario points at a line of the one file: a value written
 * elsewhere in it (a variant's {@code set}) where it was written, any other changed value (a sweep
 * point's) at the field it replaced, everything else where the base has it.
 */
public final class Overrides {
  /**
   * One change: the field at {@code path} becomes {@code value}; {@code writtenAt} is where in the
   * same file the value stands, if it does.
   */
  public record Change(ParameterPath path, JsonNode value, Optional<String> writtenAt) {}

  /** The changed tree (without {@code variants}) and where its values stand; problems if a change did not apply. */
  public record Applied(JsonNode tree, SourceMap sources, List<LocatedYaml.Problem> problems) {}

  private Overrides() {}

  /**
   * {@code base} and {@code sources} are left as they are. Changes apply in order, so a later one
   * can change a part of what an earlier one set. A field missing from its mapping is added; a
   * change that cannot apply (a missing list element, a path through a scalar) is a problem at the
   * change, and the others still apply.
   */
  public static Applied apply(JsonNode base, SourceMap sources, List<Change> changes) {
    JsonNode tree = base.deepCopy();
    if (tree instanceof ObjectNode object) {
      object.remove("variants");
    }
    SourceMap moved = sources.copy();
    List<LocatedYaml.Problem> problems = new ArrayList<>();
    for (Change change : changes) {
      Optional<String> why = change.path().setOrAdd(tree, change.value());
      String target = change.path().normalized();
      if (why.isPresent()) {
        String at = change.writtenAt().orElse(target);
        problems.add(new LocatedYaml.Problem(at, sources.locateKey(at), why.get()));
      } else if (change.writtenAt().isPresent()) {
        moved.moveIn(sources, change.writtenAt().get(), target);
      } else {
        moved.forgetBelow(target);
      }
    }
    return new Applied(tree, moved, List.copyOf(problems));
  }
}
