package dev.ecsim.scenario.read;

import dev.ecsim.query.QueryParser;
import dev.ecsim.query.QuerySyntaxException;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec.Type;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads placement strategies and constraints as CreateService, RunTask and RegisterTaskDefinition take them. */
final class PlacementReader {
  static final List<String> STRATEGY_FIELDS = List.of("type", "field");
  static final List<String> CONSTRAINT_FIELDS = List.of("type", "expression");
  /** ECS DG: task-placement-strategies. */
  static final int MAX_STRATEGY_RULES = 5;
  /** ECS DG: task-placement-constraints, counting the task definition's. */
  static final int MAX_CONSTRAINTS = 10;

  private PlacementReader() {}

  static List<PlacementStrategySpec> strategies(Node node) {
    List<PlacementStrategySpec> rules = new ArrayList<>();
    List<Node> elements = node.elements();
    if (elements.size() > MAX_STRATEGY_RULES) {
      node.error("a placement strategy has at most " + MAX_STRATEGY_RULES + " rules, found " + elements.size());
    }
    for (Node e : elements) {
      Mapping m = e.mapping(STRATEGY_FIELDS);
      Optional<Type> type = m.required("type").flatMap(t -> t.choice(Type.values()));
      Optional<String> field = m.string("field");
      type.flatMap(t -> rule(t, field, m)).ifPresent(rules::add);
    }
    return List.copyOf(rules);
  }

  private static Optional<PlacementStrategySpec> rule(Type type, Optional<String> field, Mapping m) {
    switch (type) {
      case BINPACK: {
        if (field.isEmpty()) {
          m.node().error("binpack needs a field: cpu or memory");
          return Optional.empty();
        }
        return m.field("field").choice(List.of("cpu", "memory")).map(PlacementStrategySpec::binpack);
      }
      case SPREAD: {
        if (field.isEmpty()) {
          m.node().error("spread needs a field: instanceId, host or attribute:NAME (e.g. attribute:ecs.availability-zone)");
          return Optional.empty();
        }
        String f = field.get();
        if (!f.equals("instanceId") && !f.equals("host") && !(f.startsWith("attribute:") && f.length() > 10)) {
          m.field("field").error("'" + f + "' is not a spread field; valid: instanceId, host, attribute:NAME");
          return Optional.empty();
        }
        return Optional.of(PlacementStrategySpec.spread(f));
      }
      default:
        return Optional.of(PlacementStrategySpec.random());
    }
  }

  /** Constraints; {@code memberOfOnly} for task definitions, which take no distinctInstance. */
  static List<PlacementConstraintSpec> constraints(Node node, boolean memberOfOnly) {
    List<PlacementConstraintSpec> out = new ArrayList<>();
    List<Node> elements = node.elements();
    if (elements.size() > MAX_CONSTRAINTS) {
      node.error("at most " + MAX_CONSTRAINTS + " placement constraints, found " + elements.size());
    }
    List<String> types = memberOfOnly ? List.of("memberOf") : List.of("distinctInstance", "memberOf");
    for (Node e : elements) {
      Mapping m = e.mapping(CONSTRAINT_FIELDS);
      Optional<String> type = m.required("type").flatMap(t -> t.choice(types));
      if (type.isEmpty()) {
        continue;
      }
      if (type.get().equals("distinctInstance")) {
        if (m.has("expression")) {
          m.field("expression").error("distinctInstance takes no expression");
        }
        out.add(new PlacementConstraintSpec.DistinctInstance());
        continue;
      }
      Optional<Node> expression = m.required("expression");
      expression.flatMap(Node::text).ifPresent(text -> {
        try {
          out.add(new PlacementConstraintSpec.MemberOf(text, QueryParser.parse(text)));
        } catch (QuerySyntaxException bad) {
          Node at = expression.get();
          at.context().errorInValue(at.path(), bad.column() - 1, "bad cluster query expression '" + text + "': "
              + bad.getMessage());
        }
      });
    }
    return List.copyOf(out);
  }
}
