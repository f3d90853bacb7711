package dev.ecsim.scenario.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ecsim.catalog.InstanceCatalog;
import dev.ecsim.scenario.InvalidScenarioException;
import dev.ecsim.scenario.Scenario;
import dev.ecsim.scenario.ScenarioFile;
import dev.ecsim.scenario.ValidationIssue;
import dev.ecsim.scenario.Variant;
import dev.ecsim.scenario.yaml.BoundedRead;
import dev.ecsim.scenario.yaml.FieldOverride;
import dev.ecsim.scenario.yaml.LocatedYaml;
import dev.ecsim.scenario.yaml.Names;
import dev.ecsim.scenario.yaml.Node;
import dev.ecsim.scenario.yaml.Overrides;
import dev.ecsim.scenario.yaml.ReadContext;
import dev.ecsim.scenario.yaml.SourceFiles;
import dev.ecsim.scenario.yaml.TraceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads a scenario file: YAML syntax, shape, then cross-references, reporting every problem found
 * as {@code FILE:LINE:COL: path: message}. A scenario is returned only when there is none. The same
 * pass loads the file's variants and sweep points: the base tree with some fields changed, each
 * problem still located at a line of the one file.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  /** The file's base scenario; the file's variants are checked too, as a file is valid only as a whole. */
  public static Scenario load(Path file) throws InvalidScenarioException {
    return loadFile(file).base();
  }

  /** The base scenario and every variant of the file; the issues of all of them are reported together. */
  public static ScenarioFile loadFile(Path file) throws InvalidScenarioException {
    return parseFile(read(file), file.toString());
  }

  /**
   * Parses scenario text; {@code fileName} names it in messages, and files the scenario refers to
   * (load traces) are relative to its directory (the working directory when it has none).
   */
  public static Scenario parse(String text, String fileName) throws InvalidScenarioException {
    return parseFile(text, fileName).base();
  }

  /**
   * Parses scenario text with its variants. A variant's problem is located where the file has the
   * value at fault: a value its {@code set} gives where the set writes it, anything else at the
   * base's own line; its message ends with {@code (variant NAME)}. A problem the base has is
   * reported once, not again for every variant.
   */
  public static ScenarioFile parseFile(String text, String fileName) throws InvalidScenarioException {
    LocatedYaml.Parsed parsed = syntax(text, fileName);
    TraceFiles traces = new TraceFiles();
    ReadContext ctx = new ReadContext(parsed.sources(), text, directoryOf(fileName), traces);
    ctx.addAll(parsed.problems());
    Optional<Scenario> base = readAndValidate(parsed.root(), ctx);
    List<VariantReader.Spec> specs = parsed.root().isObject()
        ? VariantReader.read(new Node(parsed.root().get("variants"), "variants", ctx)) : List.of();
    List<ValidationIssue> baseIssues = issues(ctx.problems(), fileName);
    java.util.Set<ValidationIssue> notes = new java.util.LinkedHashSet<>(issues(ctx.notes(), fileName));
    List<ValidationIssue> issues = new ArrayList<>(baseIssues);
    List<Variant> variants = new ArrayList<>();
    for (VariantReader.Spec spec : specs) {
      Overrides.Applied applied = Overrides.apply(parsed.root(), parsed.sources(), spec.changes());
      if (!applied.problems().isEmpty()) {
        issues.addAll(issues(applied.problems(), fileName));
        continue;
      }
      ReadContext variantCtx = new ReadContext(applied.sources(), text, directoryOf(fileName), traces);
      Optional<Scenario> scenario = readAndValidate(applied.tree(), variantCtx);
      String suffix = " (variant " + spec.name() + ")";
      notes.addAll(issues(variantCtx.notes(), fileName));
      for (ValidationIssue issue : issues(variantCtx.problems(), fileName)) {
        if (!baseIssues.contains(issue)) {
          issues.add(new ValidationIssue(issue.file(), issue.line(), issue.column(), issue.path(),
              issue.message() + suffix));
        }
      }
      scenario.filter(s -> !variantCtx.hasProblems()).ifPresent(s -> variants.add(new Variant(spec.name(),
          s.named(s.name() + "-" + spec.name(), spec.description().orElse(s.description())))));
    }
    if (!issues.isEmpty() || base.isEmpty()) {
      throw new InvalidScenarioException(sorted(issues, fileName));
    }
    return new ScenarioFile(base.get(), variants, sorted(List.copyOf(notes), fileName));
  }

  /**
   * The file's base scenario with {@code overrides} applied in order (a sweep point), its variants
   * left out. Every problem is located at the base file's lines: one in an overridden value at the
   * field it replaced. A field the base lacks is added when its mapping exists.
   */
  public static Scenario load(Path file, List<FieldOverride> overrides) throws InvalidScenarioException {
    return parse(read(file), file.toString(), overrides);
  }

  /**
   * As {@link #load(Path, List)} for scenario text already read: a sweep point built where the file
   * is not (on a Spark executor, which is sent the text). {@code fileName} names it in messages,
   * and files the scenario refers to are relative to its directory.
   */
  public static Scenario parse(String text, String fileName, List<FieldOverride> overrides)
      throws InvalidScenarioException {
    return parse(text, fileName, overrides, SourceFiles.DISK);
  }

  /**
   * As {@link #parse(String, String, List)}, the files the scenario names read from {@code files}:
   * recorded as they are read ({@link dev.ecsim.scenario.yaml.RecordingFiles}), or served from bytes
   * another machine read (a Spark executor, which is sent them with the job).
   */
  public static Scenario parse(String text, String fileName, List<FieldOverride> overrides, SourceFiles files)
      throws InvalidScenarioException {
    LocatedYaml.Parsed parsed = syntax(text, fileName);
    List<Overrides.Change> changes = overrides.stream()
        .map(o -> new Overrides.Change(o.path(), o.value(), Optional.empty())).toList();
    Overrides.Applied applied = Overrides.apply(parsed.root(), parsed.sources(), changes);
    ReadContext ctx = new ReadContext(applied.sources(), text, directoryOf(fileName), new TraceFiles(files));
    ctx.addAll(parsed.problems());
    ctx.addAll(applied.problems());
    Optional<Scenario> scenario = applied.problems().isEmpty() ? readAndValidate(applied.tree(), ctx)
        : Optional.empty();
    if (ctx.hasProblems() || scenario.isEmpty()) {
      throw new InvalidScenarioException(issues(ctx.problems(), fileName));
    }
    return scenario.get();
  }

  /** The largest scenario file: 3 MiB, the code points SnakeYAML reads in one document by default. */
  public static final long MAX_FILE_BYTES = 3L * 1024 * 1024;

  /**
   * A scenario file's text, read as {@link #load(Path)} reads it (at most 3 MiB, UTF-8), for a
   * caller that parses it more than once (the points of a sweep).
   */
  public static String readText(Path file) throws InvalidScenarioException {
    return read(file);
  }

  private static String read(Path file) throws InvalidScenarioException {
    byte[] bytes;
    try {
      Optional<byte[]> read = BoundedRead.read(file, MAX_FILE_BYTES);
      if (read.isEmpty()) {
        String size = Files.isRegularFile(file)
            ? String.format(java.util.Locale.ROOT, "the file is %.1f MiB", Files.size(file) / (1024.0 * 1024))
            : "it holds more than 3 MiB";
        throw single(file.toString(), size + "; a scenario file may be at most 3 MiB (the YAML parser's own limit; "
            + "long data such as a load belongs in a trace file)");
      }
      bytes = read.get();
    } catch (NoSuchFileException e) {
      throw single(file.toString(), "no such file");
    } catch (IOException e) {
      throw single(file.toString(), "cannot read: " + e.getMessage());
    }
    return utf8(bytes, file.toString());
  }

  /**
   * The text of a scenario file, which YAML says is UTF-8. A byte that cannot be read as UTF-8 is
   * reported at its line and column ("Input length = 1" said neither where nor what).
   */
  static String utf8(byte[] bytes, String fileName) throws InvalidScenarioException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      int bad = firstMalformed(bytes);
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      // Columns count characters; the bytes before the bad one on its line are taken as read.
      int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
      throw new InvalidScenarioException(List.of(new ValidationIssue(fileName, line, column, "",
          String.format(java.util.Locale.ROOT, "not UTF-8: byte 0x%02X cannot be read as text here; save the file "
              + "as UTF-8 (a scenario is YAML, which is UTF-8)", bytes[bad] & 0xFF))));
    }
  }

  /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstMalformed(byte[] bytes) {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length - 1;
  }

  private static LocatedYaml.Parsed syntax(String text, String fileName) throws InvalidScenarioException {
    try {
      return LocatedYaml.parse(text);
    } catch (LocatedYaml.SyntaxError e) {
      throw new InvalidScenarioException(List.of(new ValidationIssue(fileName, e.location.line(),
          e.location.column(), "", e.getMessage() + tabHint(text, e.location.line()))));
    }
  }

  /**
   * YAML does not allow tabs for indentation, and its parser says only that it could not scan the
   * next token (often at the end of the line before): when a line next to the one in error is
   * indented with a tab, say so.
   */
  static String tabHint(String text, int line) {
    String[] lines = text.split("\n", -1);
    for (int l = Math.max(1, line - 1); l <= Math.min(line + 1, lines.length); l++) {
      String s = lines[l - 1];
      int indent = 0;
      while (indent < s.length() && (s.charAt(indent) == ' ' || s.charAt(indent) == '\t')) {
        indent++;
      }
      if (s.substring(0, indent).indexOf('\t') >= 0) {
        return "; line " + l + " is indented with a tab: YAML allows only spaces for indentation";
      }
    }
    return "";
  }

  /** The records of one tree, read and then checked as a whole; empty when the tree is not a mapping. */
  private static Optional<Scenario> readAndValidate(JsonNode root, ReadContext ctx) {
    Optional<Scenario> scenario = ScenarioReader.read(new Node(root, "", ctx));
    if (!root.isObject()) {
      ctx.error("", "a scenario is a mapping with fields " + String.join(", ", ScenarioReader.FIELDS));
    }
    if (scenario.isPresent()) {
      Optional<InstanceCatalog> catalog = catalog(scenario.get().region(), ctx);
      catalog.ifPresent(c -> {
        ScenarioValidator.validate(scenario.get(), c, ctx);
        PricingReader.checkInstanceTypes(scenario.get().pricing(), c, ctx);
      });
    }
    return scenario;
  }

  private static Optional<InstanceCatalog> catalog(String region, ReadContext ctx) {
    if (!InstanceCatalog.bundledRegions().contains(region)) {
      ctx.error("region", "no bundled price catalog for region '" + region + "'; bundled: "
          + Names.quoted(InstanceCatalog.bundledRegions()));
      return Optional.empty();
    }
    return Optional.of(InstanceCatalog.bundled(region));
  }

  private static List<ValidationIssue> issues(List<LocatedYaml.Problem> problems, String fileName) {
    return sorted(problems.stream()
        .map(p -> new ValidationIssue(p.file().isEmpty() ? fileName : p.file(), p.location().line(),
            p.location().column(), p.path(), p.message()))
        .toList(), fileName);
  }

  /**
   * In line order, the scenario file's issues first, then each file it names (a task definition
   * file) in name order; a sort is stable, so issues at one place keep the order they were found in.
   */
  private static List<ValidationIssue> sorted(List<ValidationIssue> issues, String scenarioFile) {
    return issues.stream()
        .sorted(Comparator.comparing((ValidationIssue i) -> !i.file().equals(scenarioFile))
            .thenComparing(ValidationIssue::file)
            .thenComparingInt(ValidationIssue::line).thenComparingInt(ValidationIssue::column))
        .toList();
  }

  static Path directoryOf(String fileName) {
    try {
      Path parent = Path.of(fileName).getParent();
      return parent == null ? Path.of("") : parent;
    } catch (InvalidPathException e) {
      return Path.of("");
    }
  }

  private static InvalidScenarioException single(String fileName, String message) {
    return new InvalidScenarioException(List.of(new ValidationIssue(fileName, 1, 1, "", message)));
  }
}
