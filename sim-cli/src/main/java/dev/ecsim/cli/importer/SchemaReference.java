package dev.ecsim.cli.importer;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first line of an imported scenario, {@code # yaml-language-server: $schema=PATH}, so that an
 * editor completes and checks it as it does the bundled scenarios (README, Editor support). PATH
 * is docs/scenario.schema.json of the checkout ecsim runs from, relative to the scenario; there is
 * no line when that file is not found (a jar copied elsewhere) or no relative path leads to it.
 */
public final class SchemaReference {
  private static final String SCHEMA = "docs/scenario.schema.json";
  /** From the jar (ROOT/sim-cli/target/ecsim.jar) or the classes (ROOT/sim-cli/target/classes), three levels up. */
  private static final int LEVELS = 4;

  private SchemaReference() {}

  public static Optional<String> line(Path scenario) {
    Path dir = scenario.toAbsolutePath().normalize().getParent();
    return schema(dir).flatMap(schema -> {
      try {
        return Optional.of("# yaml-language-server: $schema=" + dir.relativize(schema).toString().replace(File.separatorChar, '/'));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // another drive or file system: no relative path
      }
    });
  }

  /** The schema above ecsim's own code, else above the scenario (imported into a checkout). */
  private static Optional<Path> schema(Path scenarioDir) {
    List<Path> starts = new ArrayList<>();
    try {
      starts.add(Path.of(SchemaReference.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
      // no code location to start from; the scenario's folder remains
    }
    starts.add(scenarioDir);
    for (Path start : starts) {
      Path at = start.toAbsolutePath().normalize();
      for (int i = 0; at != null && i < LEVELS; i++, at = at.getParent()) {
        Path candidate = at.resolve(SCHEMA);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
