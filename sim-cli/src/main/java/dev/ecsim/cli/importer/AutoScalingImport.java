package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service's {@code autoScaling:} from Application Auto Scaling: its scalable target
 * (describe-scalable-targets), target tracking and step scaling policies
 * (describe-scaling-policies, step policies with their alarms from describe-alarms) and scheduled actions (describe-scheduled-actions), matched by
 * ResourceId {@code service/CLUSTER/SERVICE}.
 */
final class AutoScalingImport {
  private static final Set<String> PREDEFINED = Set.of("ECSServiceAverageCPUUtilization",
      "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget");

  private final AwsExport export;
  private final List<String> notes;
  private final StepScalingImport stepScaling;

  AutoScalingImport(AwsExport export, List<String> notes) {
    this.export = export;
    this.notes = notes;
    this.stepScaling = new StepScalingImport(export, notes);
  }

  /** Whether the resource is this service's desired count; the cluster is not checked when unknown. */
  private static boolean isService(JsonNode item, String cluster, String service) {
    String id = Json.text(item, "ResourceId").orElse("");
    String[] parts = id.split("/");
    return parts.length == 3 && parts[0].equals("service") && parts[2].equals(service)
        && (cluster == null || parts[1].equals(cluster))
        && Json.text(item, "ServiceNamespace").map("ecs"::equals).orElse(true);
  }

  void write(YamlText yaml, String cluster, String service) {
    Optional<JsonNode> target = export.items(AwsShape.SCALABLE_TARGETS).stream()
        .filter(t -> isService(t, cluster, service)).findFirst();
    if (target.isEmpty()) {
      return;
    }
    JsonNode t = target.get();
    yaml.line(2, "autoScaling:");
    yaml.line(3, "minCapacity: " + Json.number(t, "MinCapacity").map(YamlText::number).orElse("0"));
    yaml.line(3, "maxCapacity: " + Json.number(t, "MaxCapacity").map(YamlText::number).orElse("0"));
    JsonNode suspended = t.path("SuspendedState");
    if (suspended.path("DynamicScalingInSuspended").asBoolean() || suspended.path("DynamicScalingOutSuspended").asBoolean()
        || suspended.path("ScheduledScalingSuspended").asBoolean()) {
      yaml.comment(3, "not simulated: SuspendedState (scaling runs as if nothing were suspended)");
      notes.add(service + ": scalable target's SuspendedState not simulated");
    }
    List<JsonNode> policies = export.items(AwsShape.SCALING_POLICIES).stream().filter(p -> isService(p, cluster, service)).toList();
    if (!policies.isEmpty()) {
      yaml.line(3, "policies:");
      policies.forEach(p -> writePolicy(yaml, cluster, service, p));
    }
    List<JsonNode> actions = export.items(AwsShape.SCHEDULED_ACTIONS).stream().filter(a -> isService(a, cluster, service)).toList();
    if (!actions.isEmpty()) {
      yaml.line(3, "scheduledActions:");
      actions.forEach(a -> writeScheduledAction(yaml, service, a));
    }
  }

  private void writePolicy(YamlText yaml, String cluster, String service, JsonNode policy) {
    String name = Json.text(policy, "PolicyName").orElse("");
    String type = Json.text(policy, "PolicyType").orElse("");
    if (type.equals("TargetTrackingScaling")) {
      writeTargetTracking(yaml, service, name, policy.path("TargetTrackingScalingPolicyConfiguration"));
    } else if (type.equals("StepScaling")) {
      stepScaling.write(yaml, cluster, service, name, policy);
    } else {
      yaml.comment(4, "policy " + name + ": " + type + " not simulated");
      notes.add(service + ": policy " + name + " (" + type + ") not simulated");
    }
  }

  private void writeTargetTracking(YamlText yaml, String service, String name, JsonNode config) {
    String metric = config.path("PredefinedMetricSpecification").path("PredefinedMetricType").asText("");
    if (!PREDEFINED.contains(metric)) {
      yaml.comment(4, "policy " + name + ": target tracking on a customized metric, not simulated");
      notes.add(service + ": policy " + name + " tracks a customized metric; not simulated");
      return;
    }
    yaml.line(4, "- name: " + YamlText.scalar(name));
    yaml.line(5, "type: TargetTrackingScaling");
    yaml.line(5, "predefinedMetric: " + metric);
    yaml.line(5, "targetValue: " + YamlText.number(config.path("TargetValue")));
    Json.number(config, "ScaleOutCooldown").ifPresent(n -> yaml.line(5, "scaleOutCooldown: " + YamlText.number(n) + "s"));
    Json.number(config, "ScaleInCooldown").ifPresent(n -> yaml.line(5, "scaleInCooldown: " + YamlText.number(n) + "s"));
    if (config.path("DisableScaleIn").asBoolean(false)) {
      yaml.line(5, "disableScaleIn: true");
    }
  }

  private void writeScheduledAction(YamlText yaml, String service, JsonNode action) {
    yaml.line(4, "- name: " + YamlText.scalar(Json.text(action, "ScheduledActionName").orElse("")));
    yaml.line(5, "schedule: " + YamlText.scalar(Json.text(action, "Schedule").orElse("")));
    Json.text(action, "Timezone").ifPresent(z -> yaml.line(5, "timezone: " + YamlText.scalar(z)));
    for (String field : List.of("StartTime", "EndTime")) {
      Json.text(action, field).ifPresent(time -> {
        String key = Character.toLowerCase(field.charAt(0)) + field.substring(1);
        try {
          // The CLI prints local offsets (2026-01-05T08:00:00+01:00); the scenario takes UTC instants.
          yaml.line(5, key + ": " + YamlText.scalar(OffsetDateTime.parse(time).toInstant().toString()));
        } catch (DateTimeParseException e) {
          yaml.comment(5, field + " '" + time + "' not read: not an ISO-8601 time with offset");
          notes.add(service + ": scheduled action " + field + " '" + time + "' not read");
        }
      });
    }
    JsonNode range = action.path("ScalableTargetAction");
    List<String> parts = new ArrayList<>();
    Json.number(range, "MinCapacity").ifPresent(n -> parts.add("minCapacity: " + YamlText.number(n)));
    Json.number(range, "MaxCapacity").ifPresent(n -> parts.add("maxCapacity: " + YamlText.number(n)));
    yaml.line(5, "scalableTargetAction: {" + String.join(", ", parts) + "}");
  }
}
