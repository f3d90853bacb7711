package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One EC2 capacity provider ({@code type: ec2}) from describe-capacity-providers and the Auto
 * Scaling group it names (describe-auto-scaling-groups): instance types, sizes, purchase option,
 * managed scaling, termination protection and draining.
 */
final class Ec2ProviderImport {
  /** Taken when neither the group's overrides, its launch template nor its instances name a type: a common ECS general-purpose size. */
  static final String ASSUMED_TYPE = "m6i.large";

  private final List<JsonNode> groups;
  private final LaunchTemplateImport launchTemplates;
  private final List<String> notes;

  Ec2ProviderImport(List<JsonNode> groups, LaunchTemplateImport launchTemplates, List<String> notes) {
    this.groups = groups;
    this.launchTemplates = launchTemplates;
    this.notes = notes;
  }

  void write(YamlText yaml, String name, Optional<JsonNode> provider) {
    yaml.line(2, "- name: " + YamlText.scalar(name));
    yaml.line(3, "type: ec2");
    JsonNode asgProvider = provider.map(p -> p.get("autoScalingGroupProvider")).orElse(null);
    Optional<JsonNode> group = Json.text(asgProvider, "autoScalingGroupArn").flatMap(this::group);
    if (provider.isEmpty()) {
      yaml.comment(3, "no describe-capacity-providers output names it: sizes and scaling assumed");
      notes.add(name + ": not in describe-capacity-providers; its Auto Scaling group is unknown");
    } else if (group.isEmpty()) {
      yaml.comment(3, "Auto Scaling group " + Json.text(asgProvider, "autoScalingGroupArn").orElse("?")
          + " not in describe-auto-scaling-groups: sizes assumed");
      notes.add(name + ": its Auto Scaling group was not described; sizes assumed");
    } else {
      yaml.comment(3, "Auto Scaling group " + Json.text(group.get(), "AutoScalingGroupName").orElse(""));
    }

    writeInstanceTypes(yaml, name, group);
    group.ifPresent(g -> writePurchaseOption(yaml, name, g));
    if (group.isPresent()) {
      JsonNode g = group.get();
      yaml.line(3, "minSize: " + Json.number(g, "MinSize").map(YamlText::number).orElse("0"));
      yaml.line(3, "desiredSize: " + Json.number(g, "DesiredCapacity").map(YamlText::number).orElse("0"));
      yaml.line(3, "maxSize: " + Json.number(g, "MaxSize").map(YamlText::number).orElse("0"));
      writeNotSimulated(yaml, name, g);
    } else {
      yaml.comment(3, "assumed: up to 10 instances, none at the start");
      yaml.line(3, "minSize: 0");
      yaml.line(3, "maxSize: 10");
    }
    if (asgProvider != null) {
      writeManaged(yaml, asgProvider);
    }
  }

  /** The group by ARN, or by name (the provider may name the group either way, ECS API AutoScalingGroupProvider). */
  private Optional<JsonNode> group(String arnOrName) {
    String name = Json.lastPart(arnOrName);
    return groups.stream().filter(g -> arnOrName.equals(Json.text(g, "AutoScalingGroupARN").orElse(null))
        || name.equals(Json.text(g, "AutoScalingGroupName").orElse(null))).findFirst();
  }

  private void writeInstanceTypes(YamlText yaml, String name, Optional<JsonNode> group) {
    JsonNode launchTemplate = group.map(g -> g.path("MixedInstancesPolicy").path("LaunchTemplate")).orElse(null);
    Set<String> types = new LinkedHashSet<>();
    Json.list(launchTemplate, "Overrides").forEach(o -> Json.text(o, "InstanceType").ifPresent(types::add));
    String source = "the group's MixedInstancesPolicy overrides";
    Optional<LaunchTemplateImport.Found> fromTemplate = types.isEmpty() ? group.flatMap(launchTemplates::instanceType) : Optional.empty();
    if (fromTemplate.isPresent()) {
      types.add(fromTemplate.get().instanceType());
      source = fromTemplate.get().source();
    }
    if (types.isEmpty()) {
      // Without the launch template version (describe-launch-template-versions) the running instances show the type.
      group.ifPresent(g -> Json.list(g, "Instances").forEach(i -> Json.text(i, "InstanceType").ifPresent(types::add)));
      source = "the group's running instances (no launch template version naming an InstanceType is in these files)";
    }
    if (types.isEmpty()) {
      types.add(ASSUMED_TYPE);
      source = "ASSUMED: the launch template is not in these files and no instance runs; set the real type";
      notes.add(name + ": instance type unknown; " + ASSUMED_TYPE + " assumed");
    }
    yaml.comment(3, "instance types from " + source);
    yaml.line(3, "instanceTypes: [" + String.join(", ", types.stream().map(YamlText::scalar).toList()) + "]");
  }

  /**
   * Spot when no on-demand capacity is asked for above the base (EC2 Auto Scaling,
   * InstancesDistribution). ecsim gives a provider one purchase option, so a mix is written as its
   * larger part with a comment.
   */
  private void writePurchaseOption(YamlText yaml, String name, JsonNode group) {
    JsonNode distribution = group.path("MixedInstancesPolicy").path("InstancesDistribution");
    if (distribution.isMissingNode()) {
      return;
    }
    int percent = distribution.path("OnDemandPercentageAboveBaseCapacity").asInt(100);
    int base = distribution.path("OnDemandBaseCapacity").asInt(0);
    if (percent == 0 && base == 0) {
      yaml.line(3, "purchaseOption: spot");
      if (group.path("CapacityRebalance").asBoolean(false)) {
        yaml.line(3, "spot: {capacityRebalancing: true}");
      }
    } else if (percent < 100 || base > 0) {
      boolean spot = percent < 50;
      yaml.comment(3, "the group mixes: " + base + " on-demand, then " + percent + " % on-demand above it; ecsim gives a"
          + "\nprovider one purchase option: taken as " + (spot ? "spot" : "on-demand")
          + ". Split it into two providers to model both.");
      notes.add(name + ": mixed on-demand and spot taken as " + (spot ? "spot" : "on-demand"));
      if (spot) {
        yaml.line(3, "purchaseOption: spot");
      }
    }
  }

  private void writeNotSimulated(YamlText yaml, String name, JsonNode group) {
    List<String> unmodelled = new ArrayList<>();
    if (!Json.list(group, "SuspendedProcesses").isEmpty()) {
      unmodelled.add("SuspendedProcesses");
    }
    for (String field : List.of("WarmPoolConfiguration", "MaxInstanceLifetime", "InstanceMaintenancePolicy")) {
      if (group.hasNonNull(field)) {
        unmodelled.add(field);
      }
    }
    List<String> policies = Json.list(group, "TerminationPolicies").stream().map(JsonNode::asText)
        .filter(p -> !p.equals("Default")).toList();
    if (!policies.isEmpty()) {
      unmodelled.add("TerminationPolicies " + policies);
    }
    if (!unmodelled.isEmpty()) {
      yaml.comment(3, "not simulated: " + String.join(", ", unmodelled));
      notes.add(name + ": not simulated: " + String.join(", ", unmodelled));
    }
  }

  private static void writeManaged(YamlText yaml, JsonNode asgProvider) {
    JsonNode scaling = asgProvider.get("managedScaling");
    if (scaling != null && scaling.isObject()) {
      List<String> parts = new ArrayList<>();
      Json.text(scaling, "status").ifPresent(s -> parts.add("status: " + s));
      for (String field : List.of("targetCapacity", "minimumScalingStepSize", "maximumScalingStepSize")) {
        Json.number(scaling, field).ifPresent(n -> parts.add(field + ": " + YamlText.number(n)));
      }
      Json.number(scaling, "instanceWarmupPeriod").ifPresent(n -> parts.add("instanceWarmupPeriod: " + YamlText.number(n) + "s"));
      yaml.line(3, "managedScaling: {" + String.join(", ", parts) + "}");
    }
    Json.text(asgProvider, "managedTerminationProtection").ifPresent(v -> yaml.line(3, "managedTerminationProtection: " + v));
    Json.text(asgProvider, "managedDraining").ifPresent(v -> yaml.line(3, "managedDraining: " + v));
  }
}
