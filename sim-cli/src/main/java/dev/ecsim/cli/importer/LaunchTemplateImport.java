package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The instance type of the launch template version an Auto Scaling group launches from
 * (describe-launch-template-versions), for a group whose MixedInstancesPolicy names no overrides:
 * describe-auto-scaling-groups names the template and version, not the type.
 */
final class LaunchTemplateImport {
  /** The type found, and which template version it came from. */
  record Found(String instanceType, String source) {}

  private final List<JsonNode> versions;

  LaunchTemplateImport(AwsExport export) {
    this.versions = export.items(AwsShape.LAUNCH_TEMPLATE_VERSIONS);
  }

  /**
   * The group's template: its {@code LaunchTemplate}, or its MixedInstancesPolicy's
   * LaunchTemplateSpecification (used as it is when there are no overrides).
   */
  Optional<Found> instanceType(JsonNode group) {
    JsonNode specification = group.path("LaunchTemplate");
    if (!specification.isObject()) {
      specification = group.path("MixedInstancesPolicy").path("LaunchTemplate").path("LaunchTemplateSpecification");
    }
    if (!specification.isObject()) {
      return Optional.empty();
    }
    Optional<String> id = Json.text(specification, "LaunchTemplateId");
    Optional<String> name = Json.text(specification, "LaunchTemplateName");
    List<JsonNode> ofTemplate = versions.stream()
        .filter(v -> id.isPresent() ? id.equals(Json.text(v, "LaunchTemplateId")) : name.equals(Json.text(v, "LaunchTemplateName")))
        .toList();
    // No version means the default one (EC2 Auto Scaling, LaunchTemplateSpecification).
    String version = Json.text(specification, "Version").orElse("$Default");
    Optional<JsonNode> chosen = switch (version) {
      case "$Latest" -> ofTemplate.stream().max(Comparator.comparingLong(v -> v.path("VersionNumber").asLong()));
      case "$Default" -> ofTemplate.stream().filter(v -> v.path("DefaultVersion").asBoolean(false)).findFirst();
      default -> ofTemplate.stream().filter(v -> v.path("VersionNumber").asText().equals(version)).findFirst();
    };
    return chosen.flatMap(v -> Json.text(v.path("LaunchTemplateData"), "InstanceType")
        .map(type -> new Found(type, "launch template " + Json.text(v, "LaunchTemplateName").orElse(id.orElse("?"))
            + " version " + v.path("VersionNumber").asText() + " (" + version + ")")));
  }
}
