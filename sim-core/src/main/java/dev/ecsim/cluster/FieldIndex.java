package dev.ecsim.cluster;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One placement field (an attribute such as {@code ecs.availability-zone}) indexed for spread: the
 * provider's ACTIVE instances split into one sub-pool per value, each with the binpack index, so
 * spread then binpack is answered per value instead of by a pass over every instance.
 */
public final class FieldIndex {
  private final String field;
  private final Map<String, InstancePool> byValue = new TreeMap<>();
  private final Map<ContainerInstance, String> valueOf = new HashMap<>();
  private final Set<ContainerInstance> withoutValue = new HashSet<>();

  private final InstanceVisits visits;

  FieldIndex(String field, InstanceVisits visits) {
    this.field = field;
    this.visits = visits;
  }

  public String field() {
    return field;
  }

  /** Sub-pools by field value, in value order. */
  public Map<String, InstancePool> byValue() {
    return Collections.unmodifiableMap(byValue);
  }

  /** ACTIVE instances lacking the attribute (spread ranks them last; the fast path then stands aside). */
  public int withoutValue() {
    return withoutValue.size();
  }

  void add(ContainerInstance instance) {
    var value = instance.field(field);
    if (value.isEmpty()) {
      withoutValue.add(instance);
      return;
    }
    valueOf.put(instance, value.get());
    byValue.computeIfAbsent(value.get(), v -> new InstancePool(v, visits)).add(instance);
  }

  /** The instance leaves the index (draining or terminated); forgetting it twice changes nothing. */
  void forget(ContainerInstance instance) {
    String value = valueOf.remove(instance);
    if (value == null) {
      withoutValue.remove(instance);
      return;
    }
    byValue.get(value).forget(instance);
  }

  /** Runs a change of the instance's resources inside its value's sub-pool, keeping it ordered. */
  void reindexAround(ContainerInstance instance, Runnable change) {
    String value = valueOf.get(instance);
    if (value == null) {
      change.run();
    } else {
      byValue.get(value).reindexAround(instance, change);
    }
  }
}
