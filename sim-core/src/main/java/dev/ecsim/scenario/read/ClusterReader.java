package dev.ecsim.scenario.read;

import dev.ecsim.scenario.CapacityProviderSpec.ImagePullBehavior;
import dev.ecsim.scenario.CapacityProviderSpec.ManagedScalingSpec;
import dev.ecsim.scenario.CapacityProviderSpec.ProviderType;
import dev.ecsim.scenario.CapacityProviderSpec.PurchaseOption;
import dev.ecsim.scenario.CapacityProviderSpec;
import dev.ecsim.scenario.ClusterSpec;
import dev.ecsim.scenario.RunLimits;
import dev.ecsim.scenario.SpotSpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import dev.ecsim.workload.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code cluster:}: Availability Zones, capacity providers and the default strategy. */
final class ClusterReader {
  static final List<String> CLUSTER_FIELDS = List.of(
      "availabilityZones", "capacityProviders", "defaultCapacityProviderStrategy", "awsvpcTrunking");
  static final List<String> PROVIDER_FIELDS = List.of(
      "name", "type", "instanceTypes", "purchaseOption", "minSize", "maxSize", "desiredSize",
      "registeredMemoryFraction", "imagePullThroughput", "managedScaling", "provisioningTime",
      "managedTerminationProtection", "managedDraining", "instanceLaunch", "imagePullBehavior", "spot", "attributes");
  static final List<String> STRATEGY_FIELDS = List.of("capacityProvider", "base", "weight");
  /** ECS capacity provider names: letters, digits, underscores and hyphens, at most 255. */
  static final List<String> INSTANCE_LAUNCH_FIELDS = List.of("bootTime");
  static final Pattern PROVIDER_NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  /** Fields of an Auto Scaling group provider that make no sense for FARGATE / FARGATE_SPOT. */
  private static final List<String> EC2_ONLY_FIELDS = List.of(
      "instanceTypes", "purchaseOption", "minSize", "maxSize", "desiredSize", "registeredMemoryFraction",
      "managedScaling", "managedTerminationProtection", "managedDraining", "instanceLaunch", "imagePullBehavior",
      "attributes");
  private static final Pattern RESERVED_PREFIX = Pattern.compile("(?i)(aws|ecs|fargate)");

  /** docs/ecs-behaviour.md §1.6 ecsim decision: registered memory = nominal x 0.98. */
  static final double DEFAULT_REGISTERED_MEMORY_FRACTION = 0.98;
  /**
   * Image pull throughput on EC2 when a scenario gives none: 25 MiB/s, rounded down from the one
   * timed pull in docs/ecs-behaviour.md §2.2 (2.4 GB in about 90 s, roadmap #696). See
   * docs/modelling.md.
   */
  static final double DEFAULT_IMAGE_PULL_MIB_PER_SECOND = 25;
  /**
   * Fargate pulls at a speed that grows with the task's vCPU (docs/ecs-behaviour.md §2.2); ecsim
   * takes it proportional to sqrt(vCPU), 12.5 MiB/s at 1 vCPU, so 25 MiB/s at 4 vCPU as in the one
   * timed pull (2.4 GB in about 90 s on 4 vCPU, roadmap #696). See docs/modelling.md.
   */
  static final double DEFAULT_FARGATE_PULL_MIB_PER_SECOND_AT_ONE_VCPU = 12.5;
  /** EC2 launch to agent registration: U(30 s, 60 s), docs/ecs-behaviour.md §2.3 ecsim decision. */
  static final Distribution DEFAULT_BOOT_TIME = new Distribution.Uniform(30_000, 60_000);
  /**
   * Fargate capacity and ENI before the pull: U(10 s, 45 s), docs/ecs-behaviour.md §2.2 ecsim
   * decision.
   */
  static final Distribution DEFAULT_PROVISIONING_TIME = new Distribution.Uniform(10_000, 45_000);

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
    // Optional and may be empty: FARGATE and FARGATE_SPOT exist in every cluster without being
    // created (ECS DG: fargate-capacity-providers), so a Fargate-only cluster lists nothing.
    long instances = 0;
    for (Node p : m.field("capacityProviders").elements()) {
      Optional<CapacityProviderSpec> provider = provider(p);
      provider.ifPresent(providers::add);
      long before = instances;
      instances += provider.filter(cp -> !cp.isFargate()).map(CapacityProviderSpec::maxSize).orElse(0);
      if (before <= RunLimits.MAX_INSTANCES) {
        RunLimits.instancesProblem(instances).ifPresent(problem -> p.child("maxSize").error(problem));
      }
    }
    List<StrategyItem> defaultStrategy = strategy(m.field("defaultCapacityProviderStrategy"));
    boolean trunking = m.field("awsvpcTrunking").bool().orElse(false);
    return new ClusterSpec(zones, providers, defaultStrategy, trunking);
  }

  private static Optional<CapacityProviderSpec> provider(Node node) {
    Mapping m = node.mapping(PROVIDER_FIELDS);
    Optional<String> name = m.requiredString("name");
    Optional<ProviderType> type = m.required("type").flatMap(t -> t.choice(ProviderType.values()));
    if (name.isPresent() && type.isPresent()) {
      checkName(m, name.get(), type.get());
    }
    if (type.isPresent() && type.get() != ProviderType.EC2) {
      return fargate(m, name, type.get());
    }
    List<String> instanceTypes = new ArrayList<>();
    m.required("instanceTypes").ifPresent(list -> {
      list.elements().forEach(e -> e.text().ifPresent(instanceTypes::add));
      if (list.isList() && instanceTypes.isEmpty()) {
        list.error("list at least one instance type, e.g. [m6i.large]");
      }
    });
    PurchaseOption purchase = m.choice("purchaseOption", PurchaseOption.values()).orElse(PurchaseOption.ON_DEMAND);
    Optional<Long> min = m.field("minSize").integer(NumericFields.MIN_SIZE);
    Optional<Long> desired = m.field("desiredSize").integer(NumericFields.DESIRED_SIZE);
    Optional<Long> max = m.field("maxSize").integer(NumericFields.MAX_SIZE);
    long minSize = min.orElse(0L);
    long desiredSize = desired.orElse(minSize);
    long maxSize = max.orElse(Math.max(minSize, desiredSize));
    if (minSize > desiredSize || desiredSize > maxSize) {
      node.error("sizes must satisfy minSize <= desiredSize <= maxSize, found minSize " + minSize
          + ", desiredSize " + desiredSize + ", maxSize " + maxSize);
    }
    double memoryFraction = m.field("registeredMemoryFraction").number(NumericFields.REGISTERED_MEMORY_FRACTION)
        .orElse(DEFAULT_REGISTERED_MEMORY_FRACTION);
    double pull = pullThroughput(m, DEFAULT_IMAGE_PULL_MIB_PER_SECOND);
    Map<String, String> attributes = attributes(m.field("attributes"));
    Optional<ManagedScalingSpec> managedScaling = ManagedScalingReader.read(m.field("managedScaling"));
    managedScaling.filter(s -> maxSize == 0).ifPresent(s -> m.field("maxSize").error(
        "managed scaling needs maxSize above 0 (cluster auto scaling keeps the group's min and max)"));
    boolean protection = ManagedScalingReader.terminationProtection(m.field("managedTerminationProtection"),
        managedScaling.isPresent());
    boolean draining = ManagedScalingReader.managedDraining(m.field("managedDraining"));
    Distribution bootTime = m.field("instanceLaunch").present()
        ? instanceLaunch(m.field("instanceLaunch")) : DEFAULT_BOOT_TIME;
    ImagePullBehavior pullBehavior = m.choice("imagePullBehavior", ImagePullBehavior.values())
        .orElse(ImagePullBehavior.DEFAULT);
    SpotSpec spot = SpotReader.read(m.field("spot"), ProviderType.EC2, purchase == PurchaseOption.SPOT,
        instanceTypes);
    if (name.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CapacityProviderSpec(name.get(), type.get(), List.copyOf(instanceTypes), purchase,
        (int) minSize, (int) maxSize, (int) desiredSize, memoryFraction, pull, attributes, managedScaling, protection,
        draining, bootTime, DEFAULT_PROVISIONING_TIME, pullBehavior, spot));
  }

  /**
   * ECS's rules for capacity provider names: the built-in Fargate providers are named FARGATE and
   * FARGATE_SPOT, and other names may not begin with "aws", "ecs" or "fargate" (ECS API:
   * CreateCapacityProvider).
   */
  private static void checkName(Mapping m, String name, ProviderType type) {
    if (type == ProviderType.FARGATE && !name.equals(CapacityProviderSpec.FARGATE)
        || type == ProviderType.FARGATE_SPOT && !name.equals(CapacityProviderSpec.FARGATE_SPOT)) {
      String builtIn = type == ProviderType.FARGATE ? CapacityProviderSpec.FARGATE : CapacityProviderSpec.FARGATE_SPOT;
      m.field("name").error("the built-in " + type.spelling() + " capacity provider is named " + builtIn
          + ", found '" + name + "'");
    } else if (type == ProviderType.EC2 && RESERVED_PREFIX.matcher(name).lookingAt()) {
      m.field("name").error("'" + name + "' is reserved: capacity provider names may not begin with "
          + "'aws', 'ecs' or 'fargate' (FARGATE and FARGATE_SPOT are built in)");
    } else if (!PROVIDER_NAME.matcher(name).matches()) {
      m.field("name").error("'" + name + "' is not a valid capacity provider name; use 1 to 255 letters, digits, '_' or '-'");
    }
  }

  /** FARGATE or FARGATE_SPOT: no instances, so none of the Auto Scaling group's fields apply. */
  private static Optional<CapacityProviderSpec> fargate(Mapping m, Optional<String> name, ProviderType type) {
    for (String field : EC2_ONLY_FIELDS) {
      if (m.has(field)) {
        m.node().context().errorAtKey(m.field(field).path(), "'" + field + "' applies to ec2 capacity providers "
            + "only; a " + type.spelling() + " provider has no instances");
      }
    }
    double pull = pullThroughput(m, DEFAULT_FARGATE_PULL_MIB_PER_SECOND_AT_ONE_VCPU);
    Distribution provisioning = m.field("provisioningTime").present()
        ? DistributionReader.read(m.field("provisioningTime"), Quantities::durationMillis)
            .orElse(DEFAULT_PROVISIONING_TIME)
        : DEFAULT_PROVISIONING_TIME;
    SpotSpec spot = SpotReader.read(m.field("spot"), type, type == ProviderType.FARGATE_SPOT, List.of());
    return name.map(n -> {
      CapacityProviderSpec builtIn = builtInFargate(type == ProviderType.FARGATE
          ? CapacityProviderSpec.FARGATE : CapacityProviderSpec.FARGATE_SPOT);
      return new CapacityProviderSpec(n, type, List.of(), builtIn.purchaseOption(), 0, 0, 0,
          builtIn.registeredMemoryFraction(), pull, Map.of(), Optional.empty(), false, false, builtIn.bootTime(),
          provisioning, builtIn.imagePullBehavior(), spot);
    });
  }

  /**
   * The same cluster with the built-in FARGATE / FARGATE_SPOT providers added where a strategy
   * names them without the scenario declaring them (every ECS cluster has both).
   */
  static ClusterSpec withBuiltInsNamed(ClusterSpec cluster, List<String> referenced) {
    List<CapacityProviderSpec> providers = new ArrayList<>(cluster.capacityProviders());
    for (String name : List.of(CapacityProviderSpec.FARGATE, CapacityProviderSpec.FARGATE_SPOT)) {
      if (referenced.contains(name) && cluster.capacityProvider(name).isEmpty()) {
        providers.add(builtInFargate(name));
      }
    }
    return new ClusterSpec(cluster.availabilityZones(), List.copyOf(providers),
        cluster.defaultCapacityProviderStrategy(), cluster.awsvpcTrunking());
  }

  /**
   * FARGATE or FARGATE_SPOT as ECS provides them when a strategy names one the scenario does not
   * declare: they are built into every cluster (ECS DG: fargate-capacity-providers).
   */
  private static CapacityProviderSpec builtInFargate(String name) {
    ProviderType type = name.equals(CapacityProviderSpec.FARGATE) ? ProviderType.FARGATE : ProviderType.FARGATE_SPOT;
    return new CapacityProviderSpec(name, type, List.of(),
        type == ProviderType.FARGATE_SPOT ? PurchaseOption.SPOT : PurchaseOption.ON_DEMAND, 0, 0, 0,
        DEFAULT_REGISTERED_MEMORY_FRACTION, DEFAULT_FARGATE_PULL_MIB_PER_SECOND_AT_ONE_VCPU, Map.of(),
        Optional.empty(), false, false, DEFAULT_BOOT_TIME, DEFAULT_PROVISIONING_TIME, ImagePullBehavior.ALWAYS,
        type == ProviderType.FARGATE_SPOT ? SpotSpec.fargateSpotDefault() : SpotSpec.NONE);
  }

  private static double pullThroughput(Mapping m, double defaultMiBPerSecond) {
    double pull = m.parse("imagePullThroughput", Quantities::mibPerSecond).orElse(defaultMiBPerSecond);
    if (pull <= 0) {
      m.field("imagePullThroughput").error("imagePullThroughput must be above zero");
      return defaultMiBPerSecond;
    }
    return pull;
  }

  private static Distribution instanceLaunch(Node node) {
    Mapping m = node.mapping(INSTANCE_LAUNCH_FIELDS);
    return m.field("bootTime").present()
        ? DistributionReader.read(m.field("bootTime"), Quantities::durationMillis).orElse(DEFAULT_BOOT_TIME)
        : DEFAULT_BOOT_TIME;
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
      long base = m.field("base").integer(NumericFields.STRATEGY_BASE).orElse(0L);
      long weight = m.field("weight").integer(NumericFields.STRATEGY_WEIGHT).orElse(1L);
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
