package dev.ecsim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ecsim.scenario.yaml.BoundedRead;
import dev.ecsim.scenario.yaml.LocatedYaml;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.ParameterPath;
import dev.ecsim.scenario.yaml.SourceLocation;
import dev.ecsim.scenario.yaml.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A sweep file: the base scenario (relative to the sweep file), replications per point, and the
 * parameters with their values. Problems are collected and reported together as one invalid option.
 */
record SweepFile(Path scenario, int replications, List<Parameter> parameters) {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final List<String> FIELDS = List.of("scenario", "replications", "parameters");
  static final List<String> PARAMETER_FIELDS = List.of("path", "label", "values");
  /** A label names a parameter in a chart title and legend: longer ones wrap as paths did. */
  static final int MAX_LABEL = 40;

  /**
   * One swept field, the label charts and tables call it by (given, else from its path: {@link
   * SweepLabels}) and the values it takes, as YAML nodes (validated later by the scenario loader).
   */
  record Parameter(ParameterPath path, String label, List<JsonNode> values) {}

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
    LocatedYaml.Parsed parsed;
    try {
      parsed = LocatedYaml.parse(text);
    } catch (LocatedYaml.SyntaxError e) {
      throw new InvalidOptionException(file + ":" + e.location.line() + ":" + e.location.column() + ": "
          + e.getMessage());
    }
    JsonNode root = parsed.root();
    SourceMap sources = parsed.sources();
    if (root == null || !root.isObject()) {
      throw new InvalidOptionException(file + ": a sweep file is a mapping with fields scenario, replications, "
          + "parameters");
    }
    List<String> problems = new ArrayList<>();
    // Each problem as scenario files' are: FILE:LINE:COL: path: message.
    BiConsumer<String, String> problem = (path, message) -> {
      SourceLocation at = sources.locate(path);
      problems.add(file + ":" + at.line() + ":" + at.column() + ": " + path + ": " + message);
    };
    parsed.problems().forEach(p -> problems.add(file + ":" + p.location().line() + ":" + p.location().column()
        + ": " + p.path() + ": " + p.message()));
    unknownFields(root, "", FIELDS, sources, file, problems);
    JsonNode scenarioNode = root.path("scenario");
    if (!scenarioNode.isTextual() || scenarioNode.asText().isBlank()) {
      problem.accept("scenario", "the base scenario file is required, relative to the sweep file");
    }
    JsonNode reps = root.path("replications");
    int replications = 1;
    if (!reps.isMissingNode()) {
      if (!reps.isInt() || reps.asInt() < 1 || reps.asInt() > 10_000) {
        problem.accept("replications", reps + " is out of range; valid: 1 to 10000");
      } else {
        replications = reps.asInt();
      }
    }
    List<ParameterPath> paths = new ArrayList<>();
    List<Optional<String>> givenLabels = new ArrayList<>();
    List<List<JsonNode>> valueLists = new ArrayList<>();
    JsonNode params = root.path("parameters");
    if (!params.isArray() || params.isEmpty()) {
      problem.accept("parameters", "a list of {path, values} is required, at least one");
    } else {
      for (int i = 0; i < params.size(); i++) {
        JsonNode p = params.get(i);
        String at = "parameters[" + i + "]";
        if (!p.isObject()) {
          problem.accept(at, "a parameter is a mapping with fields " + String.join(", ", PARAMETER_FIELDS));
          continue;
        }
        unknownFields(p, at, PARAMETER_FIELDS, sources, file, problems);
        var path = ParameterPath.parse(p.path("path").asText(""));
        if (path.isEmpty()) {
          problem.accept(at + ".path", "'" + p.path("path").asText("") + "' is not a field path like "
              + "services[0].autoScaling.policies[0].targetValue");
        }
        JsonNode values = p.path("values");
        if (!values.isArray() || values.isEmpty()) {
          problem.accept(at + ".values", "a non-empty list of values is required");
        }
        JsonNode label = p.path("label");
        Optional<String> given = Optional.empty();
        if (!label.isMissingNode()) {
          if (!label.isTextual() || label.asText().isBlank() || label.asText().length() > MAX_LABEL) {
            problem.accept(at + ".label", "expected a short name for charts and tables, 1 to " + MAX_LABEL
                + " characters");
          } else {
            int same = givenLabels.indexOf(Optional.of(label.asText()));
            if (same >= 0) {
              problem.accept(at + ".label", "'" + label.asText() + "' is also the label of parameters[" + same
                  + "]; each parameter needs a label of its own");
            }
            given = Optional.of(label.asText());
          }
        }
        if (path.isPresent() && values.isArray() && !values.isEmpty()) {
          List<JsonNode> vs = new ArrayList<>();
          values.forEach(vs::add);
          paths.add(path.get());
          givenLabels.add(given);
          valueLists.add(vs);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidOptionException(String.join("\n", problems));
    }
    List<String> labels = SweepLabels.of(paths, givenLabels);
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      parameters.add(new Parameter(paths.get(i), labels.get(i), valueLists.get(i)));
    }
    Path base = file.getParent() == null ? Path.of(scenarioNode.asText())
        : file.getParent().resolve(scenarioNode.asText());
    return new SweepFile(base, replications, List.copyOf(parameters));
  }

  /** A problem per field of {@code node} not in {@code known}, at its key, with a did-you-mean. */
  private static void unknownFields(JsonNode node, String at, List<String> known, SourceMap sources, Path file,
      List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        String path = at.isEmpty() ? name : at + "." + name;
        SourceLocation where = sources.locateKey(path);
        problems.add(file + ":" + where.line() + ":" + where.column() + ": " + path + ": unknown field '" + name + "'"
            + Names.didYouMean(name, known) + "; valid: " + String.join(", ", known));
      }
    }
  }

  /** The value as a label: scalars as written, anything else as flow JSON. */
  static String label(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
