package dev.ecsim.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every section citation in the repository can be followed. Code comments, tests, scenario files and
 * docs cite docs/ecs-behaviour.md, the project's account of AWS behaviour, as "docs/ecs-behaviour.md
 * \u00a75.4", and after the first citation in a sentence often as a bare "\u00a75.4". That page is
 * the only document in the repository with numbered sections, so every \u00a7 number found must be
 * a heading of it; and no citation may point at a document outside the repository (the old "the
 * reference", a file under ../shared that a clone does not have).
 *
 * <p>Surefire runs sim-core's tests in sim-core/, so the repository root is "..". Scanned: every
 * source and resource file (.java, .json, .yaml) under each module's src/, docs/*.md, README.md and
 * scenarios/ (its YAML comments cite sections too); build output (target/) is skipped.
 */
class CitationsTest {

  private static final Path ROOT = Path.of("..");
  private static final Path ACCOUNT = ROOT.resolve("docs/ecs-behaviour.md");

  /** "## 5. Capacity providers ..." and "### 5.4 Scale-in ...": the number is the section. */
  private static final Pattern HEADING =
      Pattern.compile("^#{2,4}\\s+(\\d+(?:\\.\\d+)?)[.\\s]", Pattern.MULTILINE);

  /** A section number: \u00a75, \u00a75.4. Written escaped so this file cites nothing itself. */
  private static final Pattern CITATION = Pattern.compile("\u00a7(\\d+(?:\\.\\d+)?)");

  /**
   * The retired form: "reference \u00a7x", "the reference (\u00a7x)", "the reference's \u00a7x",
   * also with the \u00a7 on the next comment line.
   */
  private static final Pattern OLD_FORM =
      Pattern.compile("(?i)\\breference(?:'s)?[\\s*/#(]*\u00a7");

  /**
   * A path out of the repository to the shared folder the old reference lived in (split up so
   * this file does not match it).
   */
  private static final Pattern OUTSIDE =
      Pattern.compile("\\.\\./" + "shared/|/work/" + "shared/|shared/" + "reference/");

  @Test
  void everyCitedSectionIsAHeadingOfTheAccount() {
    Set<String> sections = headings(read(ACCOUNT));
    List<String> broken = new ArrayList<>();
    int citations = 0;
    for (Path file : scannedFiles()) {
      String text = read(file);
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        citations++;
        if (!sections.contains(m.group(1))) {
          broken.add(where(file, text, m.start()) + ": \u00a7" + m.group(1));
        }
      }
    }
    // The scan must have found the citations this repository is known to have, or it read nothing.
    assertThat(citations).as("citations found").isGreaterThan(100);
    assertThat(broken).as("citations of sections docs/ecs-behaviour.md does not have").isEmpty();
  }

  @Test
  void noCitationPointsOutsideTheRepository() {
    List<String> found = new ArrayList<>();
    for (Path file : scannedFiles()) {
      String text = read(file);
      for (Pattern p : List.of(OLD_FORM, OUTSIDE)) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          found.add(where(file, text, m.start()) + ": " + m.group().replaceAll("\\s+", " "));
        }
      }
    }
    assertThat(found).as("citations of a document outside the repository").isEmpty();
  }

  @Test
  void theAccountHasTheSectionsTheIndexNames() {
    // Sections 0 to 10, and the subsections the decision index (section 10) points to.
    Set<String> sections = headings(read(ACCOUNT));
    for (int s = 0; s <= 10; s++) {
      assertThat(sections).contains(Integer.toString(s));
    }
    assertThat(sections).contains("1.2", "1.6", "2.2", "2.3", "3.1", "3.4", "4.3", "5.1", "5.4", "6.2");
    assertThat(sections).doesNotContain("11", "5.5");
  }

  @Test
  void headingsAreReadAsSectionNumbers() {
    String page = "# Title\n## 0. Figures\n### 5.4 Scale-in\n#### 7.3 Deep\nText \u00a79 and 12.5 %\n";
    assertThat(headings(page)).containsExactlyInAnyOrder("0", "5.4", "7.3");
  }

  static Set<String> headings(String page) {
    Set<String> sections = new TreeSet<>();
    Matcher m = HEADING.matcher(page);
    while (m.find()) {
      sections.add(m.group(1));
    }
    return sections;
  }

  /** Module sources and resources, docs, README and scenarios; never build output. */
  static List<Path> scannedFiles() {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> top = Files.list(ROOT)) {
      for (Path dir : top.filter(Files::isDirectory).sorted().toList()) {
        if (Files.isDirectory(dir.resolve("src"))) {
          files.addAll(walk(dir.resolve("src"), ".java", ".json", ".yaml", ".yml"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.addAll(walk(ROOT.resolve("scenarios"), ".yaml", ".yml"));
    files.addAll(walk(ROOT.resolve("docs"), ".md"));
    files.add(ROOT.resolve("README.md"));
    return files;
  }

  private static List<Path> walk(Path dir, String... endings) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.toString().contains("/target/"))
          .filter(p -> Stream.of(endings).anyMatch(p.getFileName().toString()::endsWith))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  /** "docs/modelling.md:42", relative to the repository root. */
  private static String where(Path file, String text, int offset) {
    long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    return ROOT.relativize(file).toString().replace('\\', '/') + ":" + line;
  }
}
