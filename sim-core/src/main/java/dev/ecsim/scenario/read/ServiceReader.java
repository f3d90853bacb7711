package dev.ecsim.scenario.read;

import dev.ecsim.scaling.AutoScalingSpec;
import dev.ecsim.scenario.LaunchType;
import dev.ecsim.scenario.LoadSpec;
import dev.ecsim.scenario.PlacementConstraintSpec;
import dev.ecsim.scenario.PlacementStrategySpec;
import dev.ecsim.scenario.ServiceSpec.Deployment;
import dev.ecsim.scenario.ServiceSpec.DeploymentConfiguration;
import dev.ecsim.scenario.ServiceSpec.SchedulingStrategy;
import dev.ecsim.scenario.ServiceSpec;
import dev.ecsim.scenario.StrategyItem;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Quantities;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reads {@code services:} with CreateService's fields, ranges and defaults. */
final class ServiceReader {
  static final List<String> FIELDS = List.of(
      "name", "taskDefinition", "schedulingStrategy", "desiredCount", "capacityProviderStrategy", "launchType",
      "placementStrategy", "placementConstraints", "deploymentConfiguration", "deployments", "load", "autoScaling",
      "healthCheckGracePeriod");
  static final List<String> DEPLOYMENT_CONFIGURATION_FIELDS = List.of(
      "minimumHealthyPercent", "maximumPercent", "deploymentCircuitBreaker");
  static final List<String> CIRCUIT_BREAKER_FIELDS = List.of("enable", "rollback");
  static final List<String> DEPLOYMENT_FIELDS = List.of("at", "taskDefinition");
  /** Service names: letters, digits, hyphens and underscores, at most 255 (ECS API: CreateService). */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

  private ServiceReader() {}

  /** {@code startTime} anchors a diurnal load; a spike must start within {@code durationMillis}. */
  static Optional<ServiceSpec> read(Node node, Instant startTime, OptionalLong durationMillis) {
    Mapping m = node.mapping(FIELDS);
    m.notSupportedYet("healthCheckGracePeriod", "a later issue on load balancer health checks");
    Optional<String> name = m.requiredString("name");
    name.filter(n -> !NAME.matcher(n).matches()).ifPresent(n ->
        m.field("name").error("'" + n + "' is not a valid service name; use 1 to 255 letters, digits, '_' or '-'"));
    Optional<String> taskDefinition = m.requiredString("taskDefinition");
    SchedulingStrategy scheduling = m.choice("schedulingStrategy", List.of("REPLICA", "DAEMON"))
        .map(SchedulingStrategy::valueOf).orElse(SchedulingStrategy.REPLICA);
    Optional<Long> desired = m.field("desiredCount").integer(NumericFields.DESIRED_COUNT);
    if (scheduling == SchedulingStrategy.REPLICA && desired.isEmpty() && node.isMapping()
        && !m.has("desiredCount")) {
      node.error("missing required field 'desiredCount' (a REPLICA service keeps that many tasks)");
    }
    if (scheduling == SchedulingStrategy.DAEMON && desired.isPresent()) {
      m.field("desiredCount").error("a DAEMON service runs one task per instance; it takes no desiredCount");
    }
    List<StrategyItem> strategy = ClusterReader.strategy(m.field("capacityProviderStrategy"));
    Optional<LaunchType> launchType = m.choice("launchType", List.of("EC2", "FARGATE")).map(LaunchType::valueOf);
    if (launchType.isPresent() && !strategy.isEmpty()) {
      m.field("launchType").error("give either launchType or capacityProviderStrategy, not both (as CreateService requires)");
    }
    List<PlacementStrategySpec> placementStrategy = PlacementReader.strategies(m.field("placementStrategy"));
    List<PlacementConstraintSpec> constraints = PlacementReader.constraints(m.field("placementConstraints"), false);
    DeploymentConfiguration deployment = deploymentConfiguration(m.field("deploymentConfiguration"), scheduling);
    List<Deployment> deployments = deployments(m.field("deployments"));
    Optional<LoadSpec> load = LoadReader.read(m.field("load"), startTime, durationMillis);
    if (load.isPresent() && scheduling == SchedulingStrategy.DAEMON) {
      m.field("load").error("load applies to REPLICA services; a DAEMON service runs one task per instance");
    }
    Optional<AutoScalingSpec> autoScaling = AutoScalingReader.read(m.field("autoScaling"));
    if (autoScaling.isPresent() && scheduling == SchedulingStrategy.DAEMON) {
      m.field("autoScaling").error("a DAEMON service cannot be auto scaled: it runs one task per instance");
    }
    if (name.isEmpty() || taskDefinition.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ServiceSpec(name.get(), taskDefinition.get(), scheduling, desired.orElse(0L).intValue(),
        strategy, launchType, placementStrategy, constraints, deployment, deployments, load, autoScaling));
  }

  /**
   * minimumHealthyPercent 0–100 and maximumPercent 100–200 (defaults 100 / 200, DAEMON 0 / 100;
   * docs/ecs-behaviour.md §7.2); maximumPercent must leave room above the minimum.
   */
  private static DeploymentConfiguration deploymentConfiguration(Node node, SchedulingStrategy scheduling) {
    Mapping m = node.mapping(DEPLOYMENT_CONFIGURATION_FIELDS);
    boolean daemon = scheduling == SchedulingStrategy.DAEMON;
    int min = m.field("minimumHealthyPercent").integer(NumericFields.MINIMUM_HEALTHY_PERCENT).orElse(daemon ? 0L : 100L).intValue();
    int max = m.field("maximumPercent").integer(NumericFields.MAXIMUM_PERCENT).orElse(daemon ? 100L : 200L).intValue();
    Mapping breaker = m.field("deploymentCircuitBreaker").mapping(CIRCUIT_BREAKER_FIELDS);
    boolean enable = breaker.field("enable").bool().orElse(false);
    boolean rollback = breaker.field("rollback").bool().orElse(false);
    if (rollback && !enable) {
      breaker.field("rollback").error("rollback needs the circuit breaker enabled (enable: true)");
    }
    return new DeploymentConfiguration(min, max, enable, rollback);
  }

  private static List<Deployment> deployments(Node node) {
    List<Deployment> out = new ArrayList<>();
    for (Node e : node.elements()) {
      Mapping m = e.mapping(DEPLOYMENT_FIELDS);
      Optional<Long> at = m.requiredParse("at", Quantities::durationMillis);
      Optional<String> family = m.requiredString("taskDefinition");
      if (at.isPresent() && family.isPresent()) {
        if (!out.isEmpty() && at.get() < out.get(out.size() - 1).atMillis()) {
          m.field("at").error("deployments must be listed in time order");
        }
        out.add(new Deployment(at.get(), family.get()));
      }
    }
    return List.copyOf(out);
  }
}
