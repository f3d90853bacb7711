package dev.ecsim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ecsim.scenario.yaml.BoundedRead;
import dev.ecsim.scenario.yaml.ParameterPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A sweep file: the base scenario (relative to the sweep file), replications per point, and the
 * parameters with their values. Problems are collected and reported together as one invalid option.
 */
record SweepFile(Path scenario, int replications, List<Parameter> parameters) {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final Set<String> FIELDS = Set.of("scenario", "replications", "parameters");

  /** One swept field and the values it takes, as YAML nodes (validated later by the scenario loader). */
  record Parameter(ParameterPath path, List<JsonNode> values) {}

  static final long MAX_FILE_BYTES = 1L << 20;

  static SweepFile read(Path file) {
    String text;
    try {
      // A sweep file names a few parameters; a device such as /dev/zero must not be read for ever.
      text = new String(BoundedRead.read(file, MAX_FILE_BYTES).orElseThrow(() -> new InvalidOptionException(
          file + ": a sweep file may be at most 1 MiB; it names a scenario and a few parameters")),
          StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidOptionException(file + ": no such file");
    } catch (IOException e) {
      throw new InvalidOptionException(file + ": cannot read: " + e.getMessage());
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidOptionException(file + ": " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidOptionException(file + ": a sweep file is a mapping with fields scenario, replications, "
          + "parameters");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!FIELDS.contains(name)) {
        problems.add("unknown field '" + name + "'; valid: scenario, replications, parameters");
      }
    }
    JsonNode scenarioNode = root.path("scenario");
    if (!scenarioNode.isTextual() || scenarioNode.asText().isBlank()) {
      problems.add("scenario: the base scenario file is required, relative to the sweep file");
    }
    JsonNode reps = root.path("replications");
    int replications = 1;
    if (!reps.isMissingNode()) {
      if (!reps.isInt() || reps.asInt() < 1 || reps.asInt() > 10_000) {
        problems.add("replications: " + reps + " is out of range; valid: 1 to 10000");
      } else {
        replications = reps.asInt();
      }
    }
    List<Parameter> parameters = new ArrayList<>();
    JsonNode params = root.path("parameters");
    if (!params.isArray() || params.isEmpty()) {
      problems.add("parameters: a list of {path, values} is required, at least one");
    } else {
      for (int i = 0; i < params.size(); i++) {
        JsonNode p = params.get(i);
        String at = "parameters[" + i + "]";
        var path = ParameterPath.parse(p.path("path").asText(""));
        if (path.isEmpty()) {
          problems.add(at + ".path: '" + p.path("path").asText("") + "' is not a field path like "
              + "services[0].autoScaling.policies[0].targetValue");
        }
        JsonNode values = p.path("values");
        if (!values.isArray() || values.isEmpty()) {
          problems.add(at + ".values: a non-empty list of values is required");
        }
        if (path.isPresent() && values.isArray() && !values.isEmpty()) {
          List<JsonNode> vs = new ArrayList<>();
          values.forEach(vs::add);
          parameters.add(new Parameter(path.get(), vs));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidOptionException(file + ": " + String.join("\n" + file + ": ", problems));
    }
    Path base = file.getParent() == null ? Path.of(scenarioNode.asText())
        : file.getParent().resolve(scenarioNode.asText());
    return new SweepFile(base, replications, List.copyOf(parameters));
  }

  /** The value as a label: scalars as written, anything else as flow JSON. */
  static String label(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
