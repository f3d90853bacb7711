package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One entry of {@code services:} from describe-services, with its auto scaling and load. */
final class ServiceImport {
  private static final Set<String> READ = Set.of("serviceName", "taskDefinition", "desiredCount", "launchType",
      "capacityProviderStrategy", "placementStrategy", "placementConstraints", "deploymentConfiguration", "schedulingStrategy");
  /** State and history, not configuration: nothing a scenario would set. */
  private static final Set<String> BOOKKEEPING = Set.of("serviceArn", "clusterArn", "status", "runningCount", "pendingCount",
      "deployments", "events", "createdAt", "createdBy", "roleArn", "taskSets", "platformFamily", "tags",
      // Tagging and ECS Exec change no placement, count or cost.
      "enableECSManagedTags", "propagateTags", "enableExecuteCommand", "deploymentController");

  private ServiceImport() {}

  /** The family of a task definition ARN, {@code arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION}. */
  static String family(String taskDefinition) {
    String last = Json.lastPart(taskDefinition);
    int colon = last.lastIndexOf(':');
    return colon < 0 ? last : last.substring(0, colon);
  }

  static void write(YamlText yaml, JsonNode service, List<String> notes) {
    String name = Json.text(service, "serviceName").orElse("");
    yaml.line(1, "- name: " + YamlText.scalar(name));
    yaml.line(2, "taskDefinition: " + YamlText.scalar(family(Json.text(service, "taskDefinition").orElse(""))));
    String scheduling = Json.text(service, "schedulingStrategy").orElse("REPLICA");
    if (scheduling.equals("DAEMON")) {
      yaml.line(2, "schedulingStrategy: DAEMON");
    } else {
      yaml.line(2, "desiredCount: " + Json.number(service, "desiredCount").map(YamlText::number).orElse("0"));
    }
    List<JsonNode> strategy = Json.list(service, "capacityProviderStrategy");
    if (!strategy.isEmpty()) {
      yaml.line(2, "capacityProviderStrategy:");
      ClusterImport.writeStrategy(yaml, 3, strategy);
    } else {
      Json.text(service, "launchType").filter(t -> t.equals("EC2") || t.equals("FARGATE"))
          .ifPresent(t -> yaml.line(2, "launchType: " + t));
    }
    writePlacement(yaml, service);
    writeDeployment(yaml, service, name, notes);
    List<String> unread = Json.unread(service, READ, BOOKKEEPING);
    Json.text(service, "launchType").filter(t -> !t.equals("EC2") && !t.equals("FARGATE"))
        .ifPresent(t -> unread.add("launchType " + t));
    // ECS is the rolling update ecsim simulates; CODE_DEPLOY (blue/green) and EXTERNAL are not.
    Json.text(service.path("deploymentController"), "type").filter(t -> !t.equals("ECS"))
        .ifPresent(t -> unread.add("deploymentController " + t));
    if (!unread.isEmpty()) {
      yaml.comment(2, "not simulated: " + String.join(", ", unread));
      notes.add(name + ": not simulated: " + String.join(", ", unread));
    }
  }

  private static void writePlacement(YamlText yaml, JsonNode service) {
    List<JsonNode> strategy = Json.list(service, "placementStrategy");
    if (!strategy.isEmpty()) {
      yaml.line(2, "placementStrategy:");
      for (JsonNode rule : strategy) {
        String field = Json.text(rule, "field").map(f -> ", field: " + YamlText.scalar(f)).orElse("");
        yaml.line(3, "- {type: " + Json.text(rule, "type").orElse("") + field + "}");
      }
    }
    List<JsonNode> constraints = Json.list(service, "placementConstraints");
    if (!constraints.isEmpty()) {
      yaml.line(2, "placementConstraints:");
      for (JsonNode c : constraints) {
        String expression = Json.text(c, "expression").map(e -> ", expression: " + YamlText.scalar(e)).orElse("");
        yaml.line(3, "- {type: " + Json.text(c, "type").orElse("") + expression + "}");
      }
    }
  }

  private static void writeDeployment(YamlText yaml, JsonNode service, String name, List<String> notes) {
    JsonNode config = service.get("deploymentConfiguration");
    if (config == null || !config.isObject()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    Json.number(config, "minimumHealthyPercent").ifPresent(n -> parts.add("minimumHealthyPercent: " + YamlText.number(n)));
    Json.number(config, "maximumPercent").ifPresent(n -> parts.add("maximumPercent: " + YamlText.number(n)));
    Optional.ofNullable(config.get("deploymentCircuitBreaker")).filter(JsonNode::isObject).ifPresent(b ->
        parts.add("deploymentCircuitBreaker: {enable: " + b.path("enable").asBoolean(false)
            + ", rollback: " + b.path("rollback").asBoolean(false) + "}"));
    if (!parts.isEmpty()) {
      yaml.line(2, "deploymentConfiguration: {" + String.join(", ", parts) + "}");
    }
    List<String> unread = Json.unread(config, Set.of("minimumHealthyPercent", "maximumPercent", "deploymentCircuitBreaker"), Set.of());
    if (!unread.isEmpty()) {
      yaml.comment(2, "deploymentConfiguration not simulated: " + String.join(", ", unread));
      notes.add(name + ": deploymentConfiguration not simulated: " + String.join(", ", unread));
    }
  }
}
