package dev.ecsim.scenario.read;

import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.TaskDefinitionSpec;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.yaml.CsvTrace;
import dev.ecsim.scenario.yaml.LocatedYaml;
import dev.ecsim.scenario.yaml.Mapping;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.ReadContext;
import dev.ecsim.scenario.yaml.SourceFiles;
import dev.ecsim.scenario.yaml.SourceLocation;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code taskDefinitions: [{file: taskdefs/web.json}]}: a task definition as AWS prints or takes
 * it, {@code aws ecs describe-task-definition} output ({@code {"taskDefinition": {...}, "tags":
 * [...]}}) or {@code register-task-definition --cli-input-json} input (the bare object), read
 * relative to the scenario file. Its fields go through the inline reader's checks; every problem is
 * located in the JSON file with a JSON pointer, and a check made later on the records (a Fargate
 * size) is too. A {@code family:} beside {@code file:} renames the definition.
 */
final class TaskDefinitionFile {
  /**
   * The largest file read: 1 MiB. RegisterTaskDefinition refuses a task definition over 64 KiB
   * (ECS endpoints and quotas: task definition size), and the CLI's indented output with the
   * describe envelope and tags is a few times the compact size; 1 MiB leaves ample room and keeps
   * a wrong path (a log, a device) from being read whole.
   */
  static final long MAX_BYTES = 1024L * 1024;

  private TaskDefinitionFile() {}

  static Optional<TaskDefinitionSpec> read(Node entry, ImageSizes images) {
    Mapping m = entry.mapping(TaskDefinitionReader.FIELDS);
    for (String key : entry.keys()) {
      if (!key.equals("file") && !key.equals("family") && TaskDefinitionReader.FIELDS.contains(key)) {
        entry.context().errorAtKey(entry.child(key).path(), "'" + key + "' comes from the file; beside 'file' "
            + "only 'family' may be given, to rename the definition");
      }
    }
    Optional<String> rename = m.has("family") ? TaskDefinitionReader.family(Optional.of(m.field("family")))
        : Optional.empty();
    if (m.has("family") && rename.isEmpty()) {
      return Optional.empty();
    }
    Node fileNode = m.field("file");
    Optional<String> file = fileNode.text();
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path path = CsvTrace.path(fileNode, file.get());
    Optional<String> text = text(fileNode, file.get(), path);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    ReadContext scenario = entry.context();
    String fileName = path.toString();
    LocatedYaml.Parsed parsed;
    try {
      parsed = LocatedYaml.parseJson(text.get());
    } catch (LocatedYaml.SyntaxError e) {
      scenario.addAll(List.of(new LocatedYaml.Problem("", e.location, e.getMessage(), fileName)));
      return Optional.empty();
    }
    ReadContext json = scenario.forFile(parsed.sources(), text.get(), fileName);
    json.addAll(parsed.problems());
    Node root = new Node(parsed.root(), "", json);
    if (!root.isMapping()) {
      root.error("expected a task definition: a JSON object as 'aws ecs describe-task-definition' prints it, found "
          + root.describe());
      return Optional.empty();
    }
    Set<String> notSimulated = new LinkedHashSet<>();
    Node definition = root;
    List<String> fields = AwsTaskDefinitionFields.BARE;
    if (root.child("taskDefinition").present()) {
      root.mapping(AwsTaskDefinitionFields.DESCRIBE_OUTPUT, "the DescribeTaskDefinition response (ECS API reference)");
      root.keys().stream().filter(k -> k.equals("tags")).forEach(notSimulated::add);
      definition = root.child("taskDefinition");
      fields = AwsTaskDefinitionFields.TASK_DEFINITION;
    }
    Mapping d = definition.mapping(fields, "TaskDefinition (ECS API reference)");
    if (!definition.isMapping()) {
      return Optional.empty();
    }
    Optional<String> family = TaskDefinitionReader.family(d.required("family"));
    Optional<TaskDefinitionSpec> spec = TaskDefinitionReader.definition(d, TaskDefinitionReader.Shape.AWS,
        rename.isPresent() ? rename : family, images);
    notSimulated(definition, fields, notSimulated);
    if (!notSimulated.isEmpty()) {
      json.note("", "accepted but not simulated: " + String.join(", ", notSimulated));
    }
    scenario.redirect(entry.path(), json, definition.path());
    return spec;
  }

  /** The fields AWS has that change nothing in a run, once each, e.g. containerDefinitions[].environment. */
  private static void notSimulated(Node definition, List<String> fields, Set<String> out) {
    for (String key : definition.keys()) {
      if (fields.contains(key) && !AwsTaskDefinitionFields.SIMULATED.contains(key)) {
        out.add(key);
      }
    }
    for (Node container : definition.child("containerDefinitions").json().isArray()
        ? definition.child("containerDefinitions").elements() : List.<Node>of()) {
      if (!container.isMapping()) {
        continue;
      }
      for (String key : container.keys()) {
        if (AwsTaskDefinitionFields.CONTAINER_DEFINITION.contains(key)
            && !AwsTaskDefinitionFields.SIMULATED_CONTAINER.contains(key)) {
          out.add("containerDefinitions[]." + key);
        }
      }
      Node ports = container.child("portMappings");
      for (Node port : ports.json().isArray() ? ports.elements() : List.<Node>of()) {
        for (String key : port.isMapping() ? port.keys() : Set.<String>of()) {
          if (AwsTaskDefinitionFields.PORT_MAPPING.contains(key) && !AwsTaskDefinitionFields.SIMULATED_PORT.contains(key)) {
            out.add("containerDefinitions[].portMappings[]." + key);
          }
        }
      }
      Node check = container.child("healthCheck");
      for (String key : check.isMapping() ? check.keys() : Set.<String>of()) {
        if (AwsTaskDefinitionFields.HEALTH_CHECK.contains(key)
            && !AwsTaskDefinitionFields.SIMULATED_HEALTH_CHECK.contains(key)) {
          out.add("containerDefinitions[].healthCheck." + key);
        }
      }
    }
  }

  /** The file's text; a file that is missing, not regular, too big or not UTF-8 is reported at {@code file:}. */
  private static Optional<String> text(Node fileNode, String file, Path path) {
    try {
      String text = ScenarioLoader.utf8(fileNode.context().files.read(path, MAX_BYTES), path.toString());
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (SourceFiles.NotRegularFile e) {
      fileNode.error("task definition file '" + file + "' is not a regular file (" + path + "); name a JSON file");
    } catch (SourceFiles.TooLarge e) {
      fileNode.error("task definition file '" + file + "' is over 1 MiB; AWS refuses a task definition over "
          + "64 KiB, so this is not one");
    } catch (NoSuchFileException e) {
      fileNode.error("no task definition file '" + file + "' (looked for " + path
          + "; a path is relative to the scenario file)");
    } catch (IOException e) {
      fileNode.error("cannot read task definition file '" + file + "': " + e.getMessage());
    } catch (InvalidScenarioException e) {
      ValidationIssue issue = e.issues().get(0);
      fileNode.context().addAll(List.of(new LocatedYaml.Problem("", new SourceLocation(issue.line(), issue.column()),
          issue.message().replace("(a scenario is YAML, which is UTF-8)", "(JSON is UTF-8)"), issue.file())));
    }
    return Optional.empty();
  }
}
