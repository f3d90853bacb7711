package dev.ecsim.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reports read what sim-core hands them through types (EventFacts, SeriesKey), never by
 * parsing its sentences or column names back: a change of wording must not silently empty a
 * chart. Nor do they parse their own names back: a summary figure's path, or a comparison row's,
 * is printed, never sliced. This guards against a parser creeping back into the main sources.
 */
class NoStringParsingTest {

  /** Uses of text handling that read sim-core's output back; none may appear in main sources. */
  private static final Map<String, Pattern> FORBIDDEN = Map.of(
      "a regex over an event's sentence", Pattern.compile("\\.message\\(\\)\\s*\\)?\\s*\\.(matches|split|startsWith|"
          + "substring|indexOf|contains|endsWith|replace)"),
      "a matcher over an event's sentence", Pattern.compile("matcher\\([^)]*message\\(\\)"),
      "a series column picked by its name's prefix", Pattern.compile("columnsStartingWith|_PREFIX\\b"),
      "an event's type or source sliced", Pattern.compile("\\.(type|source)\\(\\)\\s*\\.(matches|split|startsWith|"
          + "substring|indexOf|endsWith)"),
      // A figure says what it is and when it applies through SummaryFigure's components; its
      // summary.json path is a name to print, never sliced to find the figure back.
      "a figure's path sliced", Pattern.compile("\\bpath(\\(\\))?\\s*\\.(matches|split|startsWith|substring|"
          + "indexOf|lastIndexOf|endsWith|contains|replace\\w*)\\b"),
      // Nor is a comparison row's figure: what the row is about is its RowSubject.
      "a comparison row's figure sliced", Pattern.compile("\\bfigure\\(\\)\\s*\\.(matches|split|startsWith|"
          + "substring|indexOf|lastIndexOf|endsWith|contains|replace\\w*)\\b"));

  /** Where an event's sentence may be used at all: the files that print it as it is. */
  private static final List<String> PRINT_THE_SENTENCE = List.of("EventsCsvWriter.java", "HtmlReport.java");

  private static List<Path> mainSources() throws IOException {
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void noMainSourceParsesSimCoresOutputBack() throws IOException {
    List<Path> sources = mainSources();
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      String text = Files.readString(source);
      FORBIDDEN.forEach((what, pattern) ->
          assertThat(pattern.matcher(text).find()).as("%s in %s", what, source).isFalse());
      if (!PRINT_THE_SENTENCE.contains(source.getFileName().toString())) {
        assertThat(text).as("an event's sentence read in %s", source).doesNotContain(".message()");
      }
    }
  }
}
