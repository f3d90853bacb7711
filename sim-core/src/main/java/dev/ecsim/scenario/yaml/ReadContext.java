package dev.ecsim.scenario.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem found while reading one scenario file, with where it stands, and the
 * notes {@code validate} prints beside a valid file (what was accepted but is not simulated). A
 * file the scenario names and that is read as a tree (a task definition JSON file) gets a context
 * of its own ({@link #forFile}) that reports into the same lists, located in that file.
 */
public final class ReadContext {
  public final SourceMap sources;
  /** Where files the scenario names (load traces) are looked up: the scenario file's directory. */
  public final Path directory;
  private final String[] lines;
  private final List<LocatedYaml.Problem> problems;
  private final List<LocatedYaml.Problem> notes;
  /** The trace files read so far by this load of the file, base and variants alike. */
  public final TraceFiles traces;
  /** Where every file the scenario names is read: {@code traces.files()}. */
  public final SourceFiles files;
  /** Empty for the scenario file; else the named file, whose paths are shown as JSON pointers. */
  private final String file;
  /** Scenario paths whose values stand in another file: a path prefix and where it went. */
  private final Map<String, Redirect> redirects = new LinkedHashMap<>();

  private record Redirect(String prefix, ReadContext target, String targetPrefix) {
    String moved(String path) {
      String rest = path.substring(prefix.length());
      return targetPrefix.isEmpty() && rest.startsWith(".") ? rest.substring(1) : targetPrefix + rest;
    }
  }

  public ReadContext(SourceMap sources, String text) {
    this(sources, text, Path.of(""), new TraceFiles());
  }

  public ReadContext(SourceMap sources, String text, Path directory) {
    this(sources, text, directory, new TraceFiles());
  }

  public ReadContext(SourceMap sources, String text, Path directory, TraceFiles traces) {
    this(sources, text, directory, traces, "", new ArrayList<>(), new ArrayList<>());
  }

  private ReadContext(SourceMap sources, String text, Path directory, TraceFiles traces, String file,
      List<LocatedYaml.Problem> problems, List<LocatedYaml.Problem> notes) {
    this.sources = sources;
    this.lines = text.split("\n", -1);
    this.directory = directory;
    this.traces = traces;
    this.files = traces.files();
    this.file = file;
    this.problems = problems;
    this.notes = notes;
  }

  /**
   * A context for a JSON file the scenario names, shown as {@code file} in messages: its problems
   * and notes join this context's, located in that file with JSON pointers as paths.
   */
  public ReadContext forFile(SourceMap fileSources, String text, String fileName) {
    return new ReadContext(fileSources, text, directory, traces, fileName, problems, notes);
  }

  /**
   * From now on a problem at {@code prefix}'s fields that the scenario file does not itself hold
   * (a check on the records long after reading, such as a Fargate size) is reported in
   * {@code target} at {@code targetPrefix}'s same field.
   */
  public void redirect(String prefix, ReadContext target, String targetPrefix) {
    redirects.put(prefix, new Redirect(prefix, target, targetPrefix));
  }

  /**
   * A problem at a character inside a scalar value (a query expression's bad token): the column
   * is the value's own plus {@code offset}, skipping the opening quote of a quoted scalar.
   */
  public void errorInValue(String path, int offset, String message) {
    Redirect to = redirectOf(path);
    if (to != null) {
      to.target.errorInValue(to.moved(path), offset, message);
      return;
    }
    SourceLocation at = sources.locate(path);
    int column = at.column() + offset;
    if (at.line() - 1 < lines.length) {
      String line = lines[at.line() - 1];
      int start = at.column() - 1;
      if (start < line.length() && (line.charAt(start) == '"' || line.charAt(start) == '\'')) {
        column++;
      }
    }
    add(problems, path, new SourceLocation(at.line(), column), message);
  }

  /** A problem with the value at {@code path}. */
  public void error(String path, String message) {
    Redirect to = redirectOf(path);
    if (to != null) {
      to.target.error(to.moved(path), message);
      return;
    }
    add(problems, path, sources.locate(path), message);
  }

  /** A problem with the key at {@code path} (an unknown or unsupported field). */
  public void errorAtKey(String path, String message) {
    Redirect to = redirectOf(path);
    if (to != null) {
      to.target.errorAtKey(to.moved(path), message);
      return;
    }
    add(problems, path, sources.locateKey(path), message);
  }

  /** Something {@code validate} tells about a valid file, at the value at {@code path}: not an error. */
  public void note(String path, String message) {
    add(notes, path, sources.locate(path), message);
  }

  /** Problems found by a parser, at paths of this context's file. */
  public void addAll(List<LocatedYaml.Problem> more) {
    for (LocatedYaml.Problem p : more) {
      problems.add(file.isEmpty() || !p.file().isEmpty() ? p
          : new LocatedYaml.Problem(jsonPointer(p.path()), p.location(), p.message(), file));
    }
  }

  public List<LocatedYaml.Problem> problems() {
    return problems;
  }

  public List<LocatedYaml.Problem> notes() {
    return notes;
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  private void add(List<LocatedYaml.Problem> to, String path, SourceLocation at, String message) {
    to.add(file.isEmpty() ? new LocatedYaml.Problem(path, at, message)
        : new LocatedYaml.Problem(jsonPointer(path), at, message, file));
  }

  private Redirect redirectOf(String path) {
    for (Map.Entry<String, Redirect> r : redirects.entrySet()) {
      if (SourceMap.below(path, r.getKey()) && !sources.knows(path)) {
        return r.getValue();
      }
    }
    return null;
  }

  /**
   * A tree path as a JSON pointer (RFC 6901), as JSON tools name a place in a document:
   * {@code taskDefinition.containerDefinitions[0].memry} is
   * {@code /taskDefinition/containerDefinitions/0/memry}.
   */
  static String jsonPointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String part : path.replace("[", ".").replace("]", "").split("\\.")) {
      out.append('/').append(part.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
