package dev.ecsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading one scenario file, with where it stands. */
final class ReadContext {
  final SourceMap sources;
  private final List<LocatedYaml.Problem> problems = new ArrayList<>();

  ReadContext(SourceMap sources) {
    this.sources = sources;
  }

  /** A problem with the value at {@code path}. */
  void error(String path, String message) {
    problems.add(new LocatedYaml.Problem(path, sources.locate(path), message));
  }

  /** A problem with the key at {@code path} (an unknown or unsupported field). */
  void errorAtKey(String path, String message) {
    problems.add(new LocatedYaml.Problem(path, sources.locateKey(path), message));
  }

  void addAll(List<LocatedYaml.Problem> more) {
    problems.addAll(more);
  }

  List<LocatedYaml.Problem> problems() {
    return problems;
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }
}
