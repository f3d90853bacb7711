package dev.ecsim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/library.md shows code that runs: each region of EmbeddingExampleTest between a {@code //
 * [library.md: NAME]} line and the next {@code // [end]} line must appear in the doc as a java
 * code block, character for character once the region's common indentation is taken off. Edit the
 * test and copy the region to the doc (or the other way round); a doc that drifts fails here.
 * Surefire runs sim-core's tests in sim-core/, so the repository root is "..".
 */
class LibraryDocTest {

  private static final Path DOC = Path.of("../docs/library.md");
  private static final Path EXAMPLE = Path.of("src/test/java/dev/ecsim/examples/EmbeddingExampleTest.java");
  private static final Pattern START = Pattern.compile("^\\s*// \\[library\\.md: ([a-z-]+)]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// \\[end]\\s*$");

  @Test
  void everyRegionOfTheExampleIsACodeBlockOfTheDoc() throws IOException {
    Map<String, String> regions = regions(Files.readAllLines(EXAMPLE, StandardCharsets.UTF_8));
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);

    assertThat(regions).containsOnlyKeys("imports", "embedding");
    regions.forEach((name, code) -> assertThat(doc)
        .as("region '%s' of %s as a java code block of %s", name, EXAMPLE, DOC)
        .contains("```java\n" + code + "```\n"));
  }

  @Test
  void regionsAreReadWithoutTheirIndentation() {
    Map<String, String> regions = regions(List.of(
        "class A {", "  // [library.md: x]", "  int a;", "", "    int b;", "  // [end]", "}"));

    assertThat(regions).containsExactly(Map.entry("x", "int a;\n\n  int b;\n"));
  }

  /** Each region's lines, less the indentation they all share (blank lines aside), each ending in \n. */
  static Map<String, String> regions(List<String> lines) {
    Map<String, String> regions = new LinkedHashMap<>();
    String name = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      Matcher start = START.matcher(line);
      if (name == null && start.matches()) {
        name = start.group(1);
        body.clear();
      } else if (name != null && END.matcher(line).matches()) {
        regions.put(name, dedented(body));
        name = null;
      } else if (name != null) {
        body.add(line);
      }
    }
    assertThat(name).as("a region left open").isNull();
    return regions;
  }

  private static String dedented(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.isBlank() ? "" : l.substring(indent)).append('\n'));
    return text.toString();
  }
}
