package dev.ecsim.scenario;

import dev.ecsim.catalog.InstanceCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Loads a scenario file: YAML syntax, shape, then cross-references, reporting every problem found
 * as {@code FILE:LINE:COL: path: message}. A scenario is returned only when there is none.
 */
public final class ScenarioLoader {
  private ScenarioLoader() {}

  public static Scenario load(Path file) throws InvalidScenarioException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw single(file.toString(), "no such file");
    } catch (IOException e) {
      throw single(file.toString(), "cannot read: " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  /**
   * Parses scenario text; {@code fileName} names it in messages, and files the scenario refers to
   * (load traces) are relative to its directory (the working directory when it has none).
   */
  public static Scenario parse(String text, String fileName) throws InvalidScenarioException {
    LocatedYaml.Parsed parsed;
    try {
      parsed = LocatedYaml.parse(text);
    } catch (LocatedYaml.SyntaxError e) {
      throw new InvalidScenarioException(List.of(
          new ValidationIssue(fileName, e.location.line(), e.location.column(), "", e.getMessage())));
    }
    ReadContext ctx = new ReadContext(parsed.sources(), text, directoryOf(fileName));
    ctx.addAll(parsed.problems());
    Optional<Scenario> scenario = ScenarioReader.read(new Node(parsed.root(), "", ctx));
    if (!parsed.root().isObject()) {
      ctx.error("", "a scenario is a mapping with fields " + String.join(", ", ScenarioReader.FIELDS));
    }
    if (scenario.isPresent()) {
      Optional<InstanceCatalog> catalog = catalog(scenario.get().region(), ctx);
      catalog.ifPresent(c -> {
        ScenarioValidator.validate(scenario.get(), c, ctx);
        PricingReader.checkInstanceTypes(scenario.get().pricing(), c, ctx);
      });
    }
    if (ctx.hasProblems() || scenario.isEmpty()) {
      throw new InvalidScenarioException(issues(ctx, fileName));
    }
    return scenario.get();
  }

  private static Optional<InstanceCatalog> catalog(String region, ReadContext ctx) {
    if (!InstanceCatalog.bundledRegions().contains(region)) {
      ctx.error("region", "no bundled price catalog for region '" + region + "'; bundled: "
          + Names.quoted(InstanceCatalog.bundledRegions()));
      return Optional.empty();
    }
    return Optional.of(InstanceCatalog.bundled(region));
  }

  private static List<ValidationIssue> issues(ReadContext ctx, String fileName) {
    return ctx.problems().stream()
        .map(p -> new ValidationIssue(fileName, p.location().line(), p.location().column(), p.path(), p.message()))
        .sorted(Comparator.comparingInt(ValidationIssue::line).thenComparingInt(ValidationIssue::column))
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
