package dev.ecsim.scenario.read;

import dev.ecsim.scenario.LoadSpec;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.yaml.LocatedYaml;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.ReadContext;
import dev.ecsim.scenario.yaml.TraceFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the {@code load:} field of a YAML snippet with {@link LoadReader}, the way the scenario
 * loader would (located YAML, one context collecting every problem), for tests that cannot go
 * through a whole scenario yet.
 */
final class LoadYaml {
  /** The start used unless a test gives one: Monday 2026-01-05 00:00Z, the scenario default. */
  static final Instant START = ScenarioReader.DEFAULT_START;

  /** What the reader returned and every issue, as "s.yaml" issues sorted by line and column. */
  record Read(Optional<LoadSpec> load, List<ValidationIssue> issues) {
    LoadSpec valid() {
      if (!issues.isEmpty() || load.isEmpty()) {
        throw new AssertionError("expected a valid load, found: " + issues);
      }
      return load.get();
    }
  }

  private LoadYaml() {}

  static Read read(String yaml) {
    return read(yaml, Path.of(""), START, OptionalLong.of(24 * 3_600_000L));
  }

  static Read read(String yaml, Path directory, Instant start, OptionalLong durationMillis) {
    return read(yaml, directory, start, durationMillis, new TraceFiles());
  }

  /** As a scenario's load would be read after others that share {@code traces}. */
  static Read read(String yaml, Path directory, Instant start, OptionalLong durationMillis, TraceFiles traces) {
    LocatedYaml.Parsed parsed;
    try {
      parsed = LocatedYaml.parse(yaml);
    } catch (LocatedYaml.SyntaxError e) {
      throw new AssertionError("test YAML is not valid: " + e.getMessage(), e);
    }
    ReadContext ctx = new ReadContext(parsed.sources(), yaml, directory, traces);
    ctx.addAll(parsed.problems());
    Optional<LoadSpec> load = LoadReader.read(new Node(parsed.root(), "", ctx).child("load"), start, durationMillis);
    List<ValidationIssue> issues = ctx.problems().stream()
        .map(p -> new ValidationIssue("s.yaml", p.location().line(), p.location().column(), p.path(), p.message()))
        .sorted(Comparator.comparingInt(ValidationIssue::line).thenComparingInt(ValidationIssue::column))
        .toList();
    return new Read(load, issues);
  }
}
