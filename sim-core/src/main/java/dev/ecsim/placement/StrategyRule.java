package dev.ecsim.placement;

import dev.ecsim.cluster.ContainerInstance;
import dev.ecsim.cluster.Task;
import dev.ecsim.scenario.PlacementStrategySpec;
import java.util.List;

/**
 * One placement strategy rule (ECS API: PlacementStrategy) read once from the scenario's spelling,
 * so ranking code switches on a type instead of comparing field names per decision: binpack on CPU
 * or memory, spread on the instance or an attribute, random.
 */
public sealed interface StrategyRule permits StrategyRule.Binpack, StrategyRule.Spread, StrategyRule.Random {

  /** As ECS writes it, e.g. {@code spread(attribute:ecs.availability-zone)}: the ranking step's name. */
  String describe();

  /** The rules of a strategy, in order. */
  static List<StrategyRule> of(List<PlacementStrategySpec> specs) {
    return specs.stream().map(StrategyRule::of).toList();
  }

  static StrategyRule of(PlacementStrategySpec spec) {
    return switch (spec.type()) {
      case BINPACK -> spec.field().orElseThrow().equals("cpu") ? Binpack.CPU : Binpack.MEMORY;
      case SPREAD -> new Spread(spec.field().orElseThrow());
      case RANDOM -> Random.INSTANCE;
    };
  }

  /** binpack: the least remaining of CPU or memory (ECS's only binpack fields). */
  enum Binpack implements StrategyRule {
    CPU("binpack(cpu)"),
    MEMORY("binpack(memory)");

    private final String describe;

    Binpack(String describe) {
      this.describe = describe;
    }

    @Override
    public String describe() {
      return describe;
    }

    /** What the instance has left of the field. */
    int remaining(ContainerInstance i) {
      return this == CPU ? i.remainingCpu() : i.remainingMemoryMiB();
    }

    /** What the task reserves of the field. */
    int share(Task t) {
      return this == CPU ? t.cpu() : t.memoryMiB();
    }
  }

  /**
   * spread: the field value with the fewest tasks of the group. {@code instanceId} and {@code host}
   * spread over instances; any other field names an attribute ({@code attribute:NAME}).
   */
  record Spread(String field) implements StrategyRule {
    private static final String ATTRIBUTE = "attribute:";

    /** Each instance is its own value: the count is the instance's own tasks of the group. */
    public boolean overInstances() {
      return isInstanceField(field);
    }

    /** Spelled {@code attribute:NAME}: a field the cluster can index (the fast path needs the index). */
    public boolean onAttribute() {
      return field.startsWith(ATTRIBUTE);
    }

    /** The attribute's name, without {@code attribute:}. */
    public String attribute() {
      return onAttribute() ? field.substring(ATTRIBUTE.length()) : field;
    }

    @Override
    public String describe() {
      return "spread(" + field + ")";
    }

    static boolean isInstanceField(String field) {
      return field.equals("instanceId") || field.equals("host");
    }
  }

  /** random: one candidate drawn uniformly. */
  enum Random implements StrategyRule {
    INSTANCE;

    @Override
    public String describe() {
      return "random";
    }
  }
}
