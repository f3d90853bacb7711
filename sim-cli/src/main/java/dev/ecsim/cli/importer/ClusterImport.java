package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code cluster:} block: the cluster's capacity providers (describe-clusters), each EC2 one
 * with its Auto Scaling group (describe-capacity-providers, describe-auto-scaling-groups,
 * describe-launch-template-versions), and the
 * default capacity provider strategy.
 */
final class ClusterImport {
  private static final Set<String> FARGATE = Set.of("FARGATE", "FARGATE_SPOT");
  private static final Set<String> CLUSTER_READ = Set.of("clusterName", "capacityProviders", "defaultCapacityProviderStrategy");
  private static final Set<String> CLUSTER_BOOKKEEPING = Set.of("clusterArn", "status", "registeredContainerInstancesCount",
      "runningTasksCount", "pendingTasksCount", "activeServicesCount", "statistics", "attachmentsStatus", "attachments", "tags");

  private final AwsExport export;
  private final List<String> notes;

  ClusterImport(AwsExport export, List<String> notes) {
    this.export = export;
    this.notes = notes;
  }

  /** The cluster described, the first of the describe-clusters output; empty without one. */
  Optional<JsonNode> cluster() {
    List<JsonNode> clusters = export.items(AwsShape.CLUSTERS);
    if (clusters.size() > 1) {
      notes.add("describe-clusters: " + clusters.size() + " clusters; imported the first, "
          + Json.text(clusters.get(0), "clusterName").orElse("?"));
    }
    return clusters.stream().findFirst();
  }

  void write(YamlText yaml) {
    Optional<JsonNode> cluster = cluster();
    yaml.line(0, "cluster:");
    cluster.ifPresentOrElse(c -> {
      yaml.comment(1, "describe-clusters: " + Json.text(c, "clusterArn").orElse(Json.text(c, "clusterName").orElse("")));
      List<String> unread = Json.unread(c, CLUSTER_READ, CLUSTER_BOOKKEEPING);
      if (!unread.isEmpty()) {
        yaml.comment(1, "not simulated: " + String.join(", ", unread));
        notes.add("cluster: not simulated: " + String.join(", ", unread));
      }
    }, () -> yaml.comment(1, "no describe-clusters output: every capacity provider described is taken as the cluster's"));

    List<JsonNode> asgs = export.items(AwsShape.AUTO_SCALING_GROUPS);
    Set<String> zones = new LinkedHashSet<>();
    asgs.forEach(g -> Json.list(g, "AvailabilityZones").forEach(z -> zones.add(z.asText())));
    if (!zones.isEmpty()) {
      yaml.comment(1, "the Auto Scaling groups' zones");
      yaml.line(1, "availabilityZones: [" + String.join(", ", zones.stream().map(YamlText::scalar).toList()) + "]");
    }

    yaml.line(1, "capacityProviders:");
    List<String> names = providerNames(cluster);
    Ec2ProviderImport ec2 = new Ec2ProviderImport(asgs, new LaunchTemplateImport(export), notes);
    for (String name : names) {
      if (FARGATE.contains(name)) {
        yaml.line(2, "- {name: " + name + ", type: " + (name.equals("FARGATE") ? "fargate" : "fargate-spot") + "}");
        continue;
      }
      Optional<JsonNode> provider = export.items(AwsShape.CAPACITY_PROVIDERS).stream()
          .filter(p -> name.equals(Json.text(p, "name").orElse(null))).findFirst();
      ec2.write(yaml, name, provider);
    }

    List<JsonNode> strategy = cluster.map(c -> Json.list(c, "defaultCapacityProviderStrategy")).orElse(List.of());
    if (!strategy.isEmpty()) {
      yaml.line(1, "defaultCapacityProviderStrategy:");
      writeStrategy(yaml, 2, strategy);
    }
  }

  /**
   * The cluster's providers in its order (without describe-clusters, every one described), then any
   * other a strategy names; FARGATE when there is none at all.
   */
  private List<String> providerNames(Optional<JsonNode> cluster) {
    Set<String> names = new LinkedHashSet<>();
    cluster.ifPresent(c -> Json.list(c, "capacityProviders").forEach(n -> names.add(n.asText())));
    if (cluster.isEmpty()) {
      export.items(AwsShape.CAPACITY_PROVIDERS).forEach(p -> Json.text(p, "name").ifPresent(names::add));
    }
    // A provider a strategy names must exist for the scenario to run: without its description it
    // is taken to be an EC2 group, marked ASSUMED where it is written.
    List<JsonNode> strategies = new ArrayList<>();
    cluster.ifPresent(c -> strategies.addAll(Json.list(c, "defaultCapacityProviderStrategy")));
    export.items(AwsShape.SERVICES).forEach(svc -> strategies.addAll(Json.list(svc, "capacityProviderStrategy")));
    for (JsonNode item : strategies) {
      Json.text(item, "capacityProvider").filter(n -> !names.contains(n)).ifPresent(n -> {
        names.add(n);
        if (!FARGATE.contains(n)) {
          notes.add("cluster: capacity provider " + n + " is named by a strategy but not described; assumed an EC2 group");
        }
      });
    }
    if (names.isEmpty()) {
      // A scenario needs at least one; FARGATE is built into every cluster (ECS API, CapacityProvider).
      names.add("FARGATE");
      notes.add("cluster: no capacity providers described; FARGATE assumed");
    }
    return new ArrayList<>(names);
  }

  /** Strategy items as ECS prints them, {capacityProvider, weight, base}, one a line. */
  static void writeStrategy(YamlText yaml, int indent, List<JsonNode> items) {
    for (JsonNode item : items) {
      StringBuilder line = new StringBuilder("- {capacityProvider: " + YamlText.scalar(Json.text(item, "capacityProvider").orElse("")));
      Json.number(item, "weight").ifPresent(w -> line.append(", weight: ").append(YamlText.number(w)));
      Json.number(item, "base").filter(b -> b.asLong() > 0).ifPresent(b -> line.append(", base: ").append(YamlText.number(b)));
      yaml.line(indent, line + "}");
    }
  }
}
