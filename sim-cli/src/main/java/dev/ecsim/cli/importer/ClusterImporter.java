package dev.ecsim.cli.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns saved AWS CLI outputs into a scenario: its YAML text, the files to copy beside it
 * (task definitions under {@code taskdefs/}, traces under {@code traces/}) and notes on what was
 * left out or assumed.
 */
public final class ClusterImporter {
  /** The scenario, the files it names (path relative to the scenario → source), and what to tell the user. */
  /**
   * @param copies files to copy beside the scenario, by their path relative to it
   * @param generated files written beside the scenario, by path: their text
   */
  public record Imported(String yaml, Map<String, Path> copies, Map<String, String> generated, List<String> notes) {}

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final String BUNDLED_REGION = "us-east-1";

  private ClusterImporter() {}

  /** Reads every {@code *.json} of the folders; {@link IOException} when a folder cannot be read. */
  public static Imported importFolders(List<Path> folders) throws IOException {
    AwsExport export = AwsExport.read(folders);
    List<String> notes = new ArrayList<>(export.skipped());
    if (export.isEmpty()) {
      throw new IOException("no AWS CLI output found in " + folders + "; save them as README.md, Import your cluster, shows");
    }
    return new ClusterImporter().build(export, notes);
  }

  private Imported build(AwsExport export, List<String> notes) {
    YamlText yaml = new YamlText();
    Map<String, Path> copies = new LinkedHashMap<>();
    ClusterImport clusterImport = new ClusterImport(export, new ArrayList<>());
    Optional<JsonNode> cluster = clusterImport.cluster();
    String clusterName = cluster.flatMap(c -> Json.text(c, "clusterName")).orElse(null);

    Map<String, AwsExport.Saved> taskDefinitions = taskDefinitions(export, notes);
    List<JsonNode> services = new ArrayList<>();
    for (JsonNode service : export.items(AwsShape.SERVICES)) {
      String name = Json.text(service, "serviceName").orElse("");
      String family = ServiceImport.family(Json.text(service, "taskDefinition").orElse(""));
      if (!Json.text(service, "status").orElse("ACTIVE").equals("ACTIVE")) {
        notes.add(name + ": status " + service.get("status").asText() + "; skipped");
      } else if (!taskDefinitions.containsKey(family)) {
        notes.add(name + ": task definition " + family + " not in these files (aws ecs describe-task-definition); skipped");
      } else {
        services.add(service);
      }
    }
    Map<String, List<String>> targetGroups = new LinkedHashMap<>();
    for (JsonNode service : services) {
      List<String> groups = new ArrayList<>();
      // arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID: CloudWatch's dimension is the last part.
      Json.list(service, "loadBalancers").forEach(lb -> Json.text(lb, "targetGroupArn")
          .map(arn -> arn.substring(arn.lastIndexOf(':') + 1)).ifPresent(groups::add));
      targetGroups.put(Json.text(service, "serviceName").orElse(""), groups);
    }
    Map<String, Long> running = new LinkedHashMap<>();
    services.forEach(svc -> running.put(Json.text(svc, "serviceName").orElse(""),
        svc.path("runningCount").asLong(svc.path("desiredCount").asLong(1))));
    LoadImport load = new LoadImport(export, services.stream().map(s -> Json.text(s, "serviceName").orElse("")).toList(),
        targetGroups, running, notes);
    Map<String, String> generated = new LinkedHashMap<>();

    yaml.comment(0, "Written by ecsim import from AWS CLI output. Comments say what AWS has that ecsim does not\n"
        + "simulate, and what was assumed (ASSUMED). Check those, then: ecsim validate; ecsim run.");
    yaml.line(0, "name: " + YamlText.scalar(scenarioName(clusterName)));
    yaml.line(0, "description: " + YamlText.scalar("Imported from cluster " + (clusterName == null ? "(unnamed)" : clusterName)));
    yaml.comment(0, "ASSUMED: one day; the traces hold their last rate past their end");
    yaml.line(0, "duration: 1d");
    load.commonStart().ifPresent(start -> {
      yaml.comment(0, "the first time every load trace covers");
      yaml.line(0, "startTime: " + YamlText.scalar(start.toString()));
    });
    region(cluster).ifPresent(region -> {
      if (region.equals(BUNDLED_REGION)) {
        yaml.line(0, "region: " + region);
      } else {
        yaml.comment(0, "the cluster is in " + region + "; ecsim bundles only the " + BUNDLED_REGION + " prices, used here");
        notes.add("region " + region + ": priced as " + BUNDLED_REGION + ", the only bundled catalog");
      }
    });
    yaml.blank();
    new ClusterImport(export, notes).write(yaml);
    yaml.blank();

    Map<String, Long> imageSizes = ImageImport.sizes(export,
        taskDefinitions.values().stream().map(saved -> saved.root().get("taskDefinition")).toList());
    ImageImport.write(yaml, imageSizes);
    if (!imageSizes.isEmpty()) {
      yaml.blank();
    }
    yaml.comment(0, "describe-task-definition outputs, copied beside this file. An image without an images: entry is\n"
        + "taken as 250 MiB (aws ecr describe-images gives its size).");
    yaml.line(0, "taskDefinitions:");
    taskDefinitions.forEach((family, saved) -> {
      String path = "taskdefs/" + family + ".json";
      copies.put(path, saved.file());
      yaml.line(1, "- file: " + YamlText.scalar(path));
    });

    if (!services.isEmpty()) {
      yaml.blank();
      yaml.line(0, "services:");
      AutoScalingImport autoScaling = new AutoScalingImport(export, notes);
      for (JsonNode service : services) {
        String name = Json.text(service, "serviceName").orElse("");
        ServiceImport.write(yaml, service, notes);
        autoScaling.write(yaml, clusterName, name);
        load.trace(name).ifPresentOrElse(saved -> {
          String path = "traces/" + name + ".json";
          copies.put(path, saved.file());
          LoadImport.write(yaml, path);
          notes.add(name + ": capacityPerTask " + LoadImport.PLACEHOLDER_CAPACITY + " is a placeholder; set it");
        }, () -> load.cpuTrace(name).ifPresent(cpu -> load.commonStart().ifPresent(start -> {
          String path = "traces/" + name + "-cpu.csv";
          generated.put(path, CpuLoadImport.csv(cpu, start));
          CpuLoadImport.write(yaml, path, cpu.runningTasks());
          notes.add(name + ": load from CPUUtilization x " + cpu.runningTasks() + " running tasks (no request trace)");
        })));
      }
    }
    return new Imported(yaml.toString(), copies, generated, notes);
  }

  /** Task definitions by family; a family saved twice keeps its highest revision. */
  private static Map<String, AwsExport.Saved> taskDefinitions(AwsExport export, List<String> notes) {
    Map<String, AwsExport.Saved> byFamily = new LinkedHashMap<>();
    for (AwsExport.Saved saved : export.files(AwsShape.TASK_DEFINITION)) {
      JsonNode definition = saved.root().get("taskDefinition");
      String family = Json.text(definition, "family").orElse("");
      if (!NAME.matcher(family).matches()) {
        notes.add(saved.file() + ": task definition without a usable family; skipped");
        continue;
      }
      AwsExport.Saved previous = byFamily.get(family);
      if (previous == null || definition.path("revision").asInt() > previous.root().get("taskDefinition").path("revision").asInt()) {
        byFamily.put(family, saved);
      }
    }
    return byFamily;
  }

  /** The region of the cluster's ARN, {@code arn:aws:ecs:REGION:ACCOUNT:cluster/NAME}. */
  private static Optional<String> region(Optional<JsonNode> cluster) {
    return cluster.flatMap(c -> Json.text(c, "clusterArn")).map(arn -> arn.split(":"))
        .filter(parts -> parts.length > 3 && !parts[3].isEmpty()).map(parts -> parts[3]);
  }

  private static String scenarioName(String clusterName) {
    if (clusterName == null) {
      return "imported";
    }
    String name = clusterName.replaceAll("[^A-Za-z0-9._-]", "-");
    return name.isEmpty() ? "imported" : name;
  }
}
