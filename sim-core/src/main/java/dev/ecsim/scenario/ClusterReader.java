package dev.ecsim.scenario;

import dev.ecsim.scenario.CapacityProviderSpec.ProviderType;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code cluster:}: Availability Zones, capacity providers and the default strategy. */
final class ClusterReader {
  private static final List<String> CLUSTER_FIELDS = List.of(
      "availabilityZones", "capacityProviders", "defaultCapacityProviderStrategy", "awsvpcTrunking");
  private static final List<String> PROVIDER_FIELDS = List.of(
      "name", "type", "instanceTypes", "purchaseOption", "minSize", "maxSize", "desiredSize",
      "registeredMemoryFraction", "imagePullThroughput", "managedScaling",
      "managedTerminationProtection", "managedDraining", "instanceLaunch", "imagePullBehavior", "spot", "attributes");
  private static final List<String> STRATEGY_FIELDS = List.of("capacityProvider", "base", "weight");
  /** ECS capacity provider names: letters, digits, underscores and hyphens, at most 255. */
  static final Pattern PROVIDER_NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  /** Reference §1.6 ecsim decision: registered memory = nominal x 0.98. */
  static final double DEFAULT_REGISTERED_MEMORY_FRACTION = 0.98;
  /**
   * Image pull throughput on EC2 when a scenario gives none: 25 MiB/s, rounded down from the one
   * timed pull in the reference (2.4 GB in about 90 s, roadmap #696, §2.2). See docs/modelling.md.
   */
  static final double DEFAULT_IMAGE_PULL_MIB_PER_SECOND = 25;

  private ClusterReader() {}

  static ClusterSpec read(Node node, String region) {
    Mapping m = node.mapping(CLUSTER_FIELDS);
    List<String> zones = m.field("availabilityZones").elements().stream()
        .map(Node::text).flatMap(Optional::stream).toList();
    if (!m.has("availabilityZones")) {
      zones = List.of(region + "a", region + "b", region + "c");
    } else if (zones.isEmpty()) {
      m.field("availabilityZones").error("list at least one Availability Zone, e.g. [" + region + "a]");
    }
    List<CapacityProviderSpec> providers = new ArrayList<>();
    Optional<Node> providerList = m.required("capacityProviders");
    providerList.ifPresent(list -> {
      for (Node p : list.elements()) {
        provider(p).ifPresent(providers::add);
      }
      if (list.isList() && list.elements().isEmpty()) {
        list.error("a cluster needs at least one capacity provider");
      }
    });
    List<StrategyItem> defaultStrategy = strategy(m.field("defaultCapacityProviderStrategy"));
    boolean trunking = m.field("awsvpcTrunking").bool().orElse(false);
    return new ClusterSpec(zones, providers, defaultStrategy, trunking);
  }

  private static Optional<CapacityProviderSpec> provider(Node node) {
    Mapping m = node.mapping(PROVIDER_FIELDS);
    Optional<String> name = m.requiredString("name");
    name.ifPresent(n -> {
      if (!PROVIDER_NAME.matcher(n).matches()) {
        m.field("name").error("'" + n + "' is not a valid capacity provider name; use 1 to 255 letters, digits, '_' or '-'");
      }
    });
    Optional<ProviderType> type = m.required("type").flatMap(t -> t.choice(ProviderType.values()));
    if (type.isPresent() && type.get() != ProviderType.EC2) {
      m.field("type").error("'" + type.get().spelling() + "' capacity providers are not supported yet "
          + "(planned with the capacity providers and Fargate issue); use type: ec2");
      return Optional.empty();
    }
    m.notSupportedYet("managedScaling", "cluster auto scaling");
    m.notSupportedYet("managedTerminationProtection", "cluster auto scaling");
    m.notSupportedYet("managedDraining", "cluster auto scaling");
    m.notSupportedYet("instanceLaunch", "instance start-up latency (capacity providers issue)");
    m.notSupportedYet("imagePullBehavior", "the capacity providers issue");
    m.notSupportedYet("spot", "the spot interruptions issue");

    List<String> instanceTypes = new ArrayList<>();
    m.required("instanceTypes").ifPresent(list -> {
      list.elements().forEach(e -> e.text().ifPresent(instanceTypes::add));
      if (list.isList() && instanceTypes.isEmpty()) {
        list.error("list at least one instance type, e.g. [m6i.large]");
      }
    });
    Optional<PurchaseOption> purchase = m.choice("purchaseOption", PurchaseOption.values());
    if (purchase.orElse(PurchaseOption.ON_DEMAND) == PurchaseOption.SPOT) {
      m.field("purchaseOption").error("purchaseOption 'spot' is not supported yet "
          + "(planned with the spot interruptions issue); use on-demand");
    }
    Optional<Long> min = m.field("minSize").integer(0, 10_000);
    Optional<Long> desired = m.field("desiredSize").integer(0, 10_000);
    Optional<Long> max = m.field("maxSize").integer(0, 10_000);
    long minSize = min.orElse(0L);
    long desiredSize = desired.orElse(minSize);
    long maxSize = max.orElse(Math.max(minSize, desiredSize));
    if (minSize > desiredSize || desiredSize > maxSize) {
      node.error("sizes must satisfy minSize <= desiredSize <= maxSize, found minSize " + minSize
          + ", desiredSize " + desiredSize + ", maxSize " + maxSize);
    }
    double memoryFraction = m.field("registeredMemoryFraction").number(0.5, 1.0)
        .orElse(DEFAULT_REGISTERED_MEMORY_FRACTION);
    double pull = m.parse("imagePullThroughput", Quantities::mibPerSecond).orElse(DEFAULT_IMAGE_PULL_MIB_PER_SECOND);
    if (pull <= 0) {
      m.field("imagePullThroughput").error("imagePullThroughput must be above zero");
    }
    Map<String, String> attributes = attributes(m.field("attributes"));
    if (name.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CapacityProviderSpec(name.get(), type.get(), List.copyOf(instanceTypes),
        purchase.orElse(PurchaseOption.ON_DEMAND), (int) minSize, (int) maxSize, (int) desiredSize,
        memoryFraction, pull, attributes));
  }

  /**
   * Custom container instance attributes given to every instance of the provider (as the agent's
   * ECS_INSTANCE_ATTRIBUTES would): names and values 1 to 128 characters; the ecs. prefix is ECS's own.
   */
  private static Map<String, String> attributes(Node node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!node.present()) {
      return out;
    }
    if (!node.isMapping()) {
      node.error("expected a mapping of attribute names to values, e.g. {stack: prod}");
      return out;
    }
    for (String key : node.keys()) {
      Node value = node.child(key);
      if (key.length() > 128 || key.startsWith("ecs.")) {
        value.error("'" + key + "' is not a custom attribute name: at most 128 characters, not starting with 'ecs.'");
        continue;
      }
      value.text().ifPresent(v -> {
        if (v.isEmpty() || v.length() > 128) {
          value.error("an attribute value is 1 to 128 characters");
        } else {
          out.put(key, v);
        }
      });
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** A capacity provider strategy; a missing weight counts 1, as the ECS console fills it in. */
  static List<StrategyItem> strategy(Node node) {
    List<StrategyItem> items = new ArrayList<>();
    List<Node> elements = node.elements();
    if (elements.size() > 6) {
      node.error("a capacity provider strategy has at most 6 items, found " + elements.size());
    }
    for (Node e : elements) {
      Mapping m = e.mapping(STRATEGY_FIELDS);
      Optional<String> provider = m.requiredString("capacityProvider");
      long base = m.field("base").integer(0, 100_000).orElse(0L);
      long weight = m.field("weight").integer(0, 1_000).orElse(1L);
      provider.ifPresent(p -> items.add(new StrategyItem(p, (int) base, (int) weight)));
    }
    if (items.stream().filter(i -> i.base() > 0).count() > 1) {
      node.error("only one item of a capacity provider strategy may have a base");
    }
    if (!items.isEmpty() && items.stream().allMatch(i -> i.weight() == 0)) {
      node.error("at least one item needs a weight above 0, or no task can be placed");
    }
    if (items.stream().map(StrategyItem::capacityProvider).distinct().count() < items.size()) {
      node.error("a capacity provider appears more than once in the strategy");
    }
    return List.copyOf(items);
  }
}
