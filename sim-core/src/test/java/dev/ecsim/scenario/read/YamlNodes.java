package dev.ecsim.scenario.read;

import dev.ecsim.scenario.yaml.LocatedYaml;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.ReadContext;
import java.util.List;

/** Builds the located {@link Node} tree of a YAML snippet, as ScenarioLoader does, for reader tests. */
final class YamlNodes {
  private YamlNodes() {}

  /** The root node of {@code yaml} and the context its readers report to. */
  record Parsed(Node root, ReadContext context) {
    List<LocatedYaml.Problem> problems() {
      return context.problems();
    }
  }

  static Parsed parse(String yaml) {
    try {
      LocatedYaml.Parsed parsed = LocatedYaml.parse(yaml);
      ReadContext ctx = new ReadContext(parsed.sources(), yaml);
      ctx.addAll(parsed.problems());
      return new Parsed(new Node(parsed.root(), "", ctx), ctx);
    } catch (LocatedYaml.SyntaxError e) {
      throw new AssertionError("test YAML does not parse: " + e.getMessage(), e);
    }
  }
}
