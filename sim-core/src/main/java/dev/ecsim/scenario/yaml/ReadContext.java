package dev.ecsim.scenario.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading one scenario file, with where it stands. */
public final class ReadContext {
  public final SourceMap sources;
  /** Where files the scenario names (load traces) are looked up: the scenario file's directory. */
  public final Path directory;
  private final String[] lines;
  private final List<LocatedYaml.Problem> problems = new ArrayList<>();
  /** The trace files read so far by this load of the file, base and variants alike. */
  public final TraceFiles traces;

  public ReadContext(SourceMap sources, String text) {
    this(sources, text, Path.of(""), new TraceFiles());
  }

  public ReadContext(SourceMap sources, String text, Path directory) {
    this(sources, text, directory, new TraceFiles());
  }

  public ReadContext(SourceMap sources, String text, Path directory, TraceFiles traces) {
    this.sources = sources;
    this.lines = text.split("\n", -1);
    this.directory = directory;
    this.traces = traces;
  }

  /**
   * A problem at a character inside a scalar value (a query expression's bad token): the column
   * is the value's own plus {@code offset}, skipping the opening quote of a quoted scalar.
   */
  public void errorInValue(String path, int offset, String message) {
    SourceLocation at = sources.locate(path);
    int column = at.column() + offset;
    if (at.line() - 1 < lines.length) {
      String line = lines[at.line() - 1];
      int start = at.column() - 1;
      if (start < line.length() && (line.charAt(start) == '"' || line.charAt(start) == '\'')) {
        column++;
      }
    }
    problems.add(new LocatedYaml.Problem(path, new SourceLocation(at.line(), column), message));
  }

  /** A problem with the value at {@code path}. */
  public void error(String path, String message) {
    problems.add(new LocatedYaml.Problem(path, sources.locate(path), message));
  }

  /** A problem with the key at {@code path} (an unknown or unsupported field). */
  public void errorAtKey(String path, String message) {
    problems.add(new LocatedYaml.Problem(path, sources.locateKey(path), message));
  }

  public void addAll(List<LocatedYaml.Problem> more) {
    problems.addAll(more);
  }

  public List<LocatedYaml.Problem> problems() {
    return problems;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
