package dev.ecsim.scenario;

import dev.ecsim.workload.LoadProfile.Point;
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
 * Reads a load trace: a CSV file with a header {@code time,rate} and one point a line; time is a
 * duration from the start ({@code 90s}, {@code 2h}) or a number of seconds, rate a number of
 * requests per second (or a rate with its unit, {@code 38.4/h}). Lines starting with {@code #} are
 * comments. Each problem is reported at the scenario's {@code file:} value as
 * {@code FILE:LINE: message}, at most {@link #MAX_PROBLEMS} of them per file.
 */
final class TraceReader {
  static final List<String> COLUMNS = List.of("time", "rate");
  static final int MAX_PROBLEMS = 10;
  private static final Pattern SECONDS = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");
  private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setCommentMarker('#')
      .setIgnoreSurroundingSpaces(true)
      .setIgnoreEmptyLines(true)
      .build();

  private final Node fileNode;
  private final String file;
  private int problems;

  private TraceReader(Node fileNode, String file) {
    this.fileNode = fileNode;
    this.file = file;
  }

  /** The points of {@code file} (relative to the scenario's directory), or empty after reporting why not. */
  static Optional<List<Point>> read(Node fileNode, String file) {
    return new TraceReader(fileNode, file).read();
  }

  private Optional<List<Point>> read() {
    Path path = fileNode.context().directory.resolve(file);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      fileNode.error("no trace file '" + file + "' (looked for " + path + "; a path is relative to the scenario file)");
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      fileNode.error("cannot read trace file '" + file + "': " + e.getMessage());
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Point> points = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      if (!header(parser.getHeaderNames())) {
        return Optional.empty();
      }
      List<Integer> lineStarts = lineStarts(text);
      String previousTime = "";
      for (CSVRecord r : parser) {
        int line = line(lineStarts, r.getCharacterPosition());
        if (!r.isConsistent()) {
          error(line, "expected 2 values (time, rate), found " + r.size());
          continue;
        }
        Optional<Long> at = time(line, r.get("time"));
        Optional<Double> rate = rate(line, r.get("rate"));
        if (at.isEmpty() || rate.isEmpty()) {
          continue;
        }
        if (points.isEmpty() && at.get() != 0) {
          error(line, "the first point must be at time 0, found '" + r.get("time") + "'");
        } else if (!points.isEmpty() && at.get() <= points.get(points.size() - 1).atMillis()) {
          error(line, "time '" + r.get("time") + "' is not after the point before it ('" + previousTime
              + "'); list points in increasing time order");
        }
        points.add(new Point(at.get(), rate.get()));
        previousTime = r.get("time");
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      fileNode.error(file + ": not valid CSV: " + e.getMessage());
      return Optional.empty();
    }
    if (problems > MAX_PROBLEMS) {
      fileNode.error(file + ": " + (problems - MAX_PROBLEMS) + " more problems not shown");
    }
    if (points.isEmpty() && problems == 0) {
      fileNode.error(file + ": a trace needs at least one point after its header");
    }
    return problems == 0 && !points.isEmpty() ? Optional.of(List.copyOf(points)) : Optional.empty();
  }

  private boolean header(List<String> names) {
    if (names.isEmpty()) {
      fileNode.error(file + ": empty; a trace starts with the header line: time,rate");
      return false;
    }
    List<String> unknown = names.stream().filter(n -> !COLUMNS.contains(n)).toList();
    List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
    if (!unknown.isEmpty() || !missing.isEmpty()) {
      String found = unknown.isEmpty() ? "" : "; unknown column " + Names.quoted(unknown)
          + (unknown.size() == 1 ? Names.didYouMean(unknown.get(0), COLUMNS) : "");
      error(1, "the header must name the columns time and rate, found " + String.join(",", names) + found);
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

  private Optional<Double> rate(int line, String value) {
    double perSecond;
    if (NUMBER.matcher(value).matches()) {
      perSecond = Double.parseDouble(value);
    } else {
      try {
        perSecond = Quantities.perSecond(value);
      } catch (IllegalArgumentException e) {
        error(line, "rate '" + value + "' is not a number");
        return Optional.empty();
      }
    }
    if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
      error(line, "rate '" + value + "' must be a finite number of requests per second of at least 0");
      return Optional.empty();
    }
    return Optional.of(perSecond);
  }

  private void error(int line, String message) {
    problems++;
    if (problems <= MAX_PROBLEMS) {
      fileNode.error(file + ":" + line + ": " + message);
    }
  }

  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  /** The 1-based line holding character {@code position}. */
  private static int line(List<Integer> lineStarts, long position) {
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
