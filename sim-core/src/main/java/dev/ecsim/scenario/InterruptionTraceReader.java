package dev.ecsim.scenario;

import dev.ecsim.scenario.InterruptionSpec.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a spot interruption trace: a CSV file with a header {@code time,count} and one event a
 * line; time is a duration from the start ({@code 90s}, {@code 2h}) or a number of seconds, count
 * how many instances (EC2) or tasks (Fargate Spot) are interrupted then, 1 to {@link #MAX_COUNT}.
 * Times strictly increase. Lines starting with {@code #} are comments. Problems are reported as
 * the load trace's are ({@link TraceReader}): at the scenario's value, {@code FILE:LINE: message}.
 */
final class InterruptionTraceReader {
  static final List<String> COLUMNS = List.of("time", "count");
  static final int MAX_PROBLEMS = 10;
  static final int MAX_COUNT = 10_000;
  private static final Pattern SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
  private static final Pattern WHOLE = Pattern.compile("[0-9]+");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setCommentMarker('#')
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .build();

  private final Node fileNode;
  private final String file;
  private int problems;

  private InterruptionTraceReader(Node fileNode, String file) {
    this.fileNode = fileNode;
    this.file = file;
  }

  /** The events of {@code file} (relative to the scenario's directory), or empty after reporting why not. */
  static Optional<List<Event>> read(Node fileNode, String file) {
    return new InterruptionTraceReader(fileNode, file).read();
  }

  private Optional<List<Event>> read() {
    Path path = fileNode.context().directory.resolve(file);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      fileNode.error("no interruption trace '" + file + "' (looked for " + path
          + "; a path is relative to the scenario file)");
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      fileNode.error("cannot read interruption trace '" + file + "': " + e.getMessage());
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Event> events = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      if (!header(parser.getHeaderNames())) {
        return Optional.empty();
      }
      List<Integer> lineStarts = lineStarts(text);
      String previousTime = "";
      for (CSVRecord r : parser) {
        int line = line(lineStarts, r.getCharacterPosition());
        if (!r.isConsistent()) {
          error(line, "expected 2 values (time, count), found " + r.size());
          continue;
        }
        Optional<Long> at = time(line, r.get("time"));
        Optional<Integer> count = count(line, r.get("count"));
        if (at.isEmpty() || count.isEmpty()) {
          continue;
        }
        if (!events.isEmpty() && at.get() <= events.get(events.size() - 1).atMillis()) {
          error(line, "time '" + r.get("time") + "' is not after the time before it ('" + previousTime
              + "'); list times in increasing order, one line per time with its count");
          continue;
        }
        events.add(new Event(at.get(), count.get()));
        previousTime = r.get("time");
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      fileNode.error(file + ": not valid CSV: " + e.getMessage());
      return Optional.empty();
    }
    if (problems > MAX_PROBLEMS) {
      fileNode.error(file + ": " + (problems - MAX_PROBLEMS) + " more problems not shown");
    }
    if (events.isEmpty() && problems == 0) {
      fileNode.error(file + ": an interruption trace needs at least one line after its header");
    }
    return problems == 0 && !events.isEmpty() ? Optional.of(List.copyOf(events)) : Optional.empty();
  }

  private boolean header(List<String> names) {
    if (names.isEmpty()) {
      fileNode.error(file + ": empty; an interruption trace starts with the header line: time,count");
      return false;
    }
    List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).toList();
    List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      String found = unknown.isEmpty() ? "" : "; unknown column " + Names.quoted(unknown)
          + (unknown.size() == 1 ? Names.didYouMean(unknown.get(0), COLUMNS) : "");
      error(1, "the header must name the columns time and count, found " + String.join(",", names) + found);
      return false;
    }
    return true;
  }

  private Optional<Long> time(int line, String value) {
    try {
      if (SECONDS.matcher(value).matches()) {
        return Optional.of(Math.round(Double.parseDouble(value) * 1000));
      }
      return Optional.of(Quantities.durationMillis(value));
    } catch (IllegalArgumentException e) {
      error(line, "time '" + value + "' is not a duration (90s, 2h) or a number of seconds");
      return Optional.empty();
    }
  }

  private Optional<Integer> count(int line, String value) {
    if (!WHOLE.matcher(value).matches() || value.length() > 9
        || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_COUNT) {
      error(line, "count '" + value + "' is not a whole number from 1 to " + MAX_COUNT);
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value));
  }

  private void error(int line, String message) {
    problems++;
    if (problems <= MAX_PROBLEMS) {
      fileNode.error(file + ":" + line + ": " + message);
    }
  }

  static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 1-based line holding character {@code position}. */
  static int line(List<Integer> lineStarts, long position) {
    int lo = 0;
    int hi = lineStarts.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts.get(mid) <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }
}
